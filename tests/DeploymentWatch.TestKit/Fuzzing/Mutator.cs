namespace DeploymentWatch.TestKit.Fuzzing;

/// <summary>
/// Random mutations of valid inputs, reproducible from a seed: bit flips, inserted, deleted, duplicated and swapped
/// ranges, truncation, and tokens from a dictionary of the input's own hostile vocabulary (entities, DOCTYPEs,
/// control characters, huge numbers…), one to eight mutations stacked per input.
/// </summary>
public sealed class Mutator(int seed, IReadOnlyList<byte[]> seeds, IReadOnlyList<byte[]> dictionary)
{
    private readonly Random random = new(seed);

    public IEnumerable<byte[]> Inputs(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var input = new List<byte>(seeds[random.Next(seeds.Count)]);
            var mutations = 1 + random.Next(8);
            for (var m = 0; m < mutations; m++)
            {
                Mutate(input);
            }

            yield return [.. input];
        }
    }

    private void Mutate(List<byte> input)
    {
        var at = input.Count == 0 ? 0 : random.Next(input.Count);
        switch (random.Next(7))
        {
            case 0 when input.Count > 0:
                input[at] ^= (byte)(1 << random.Next(8));
                break;
            case 1:
                input.Insert(at, (byte)random.Next(256));
                break;
            case 2 when input.Count > 0:
                input.RemoveRange(at, Math.Min(input.Count - at, 1 + random.Next(64)));
                break;
            case 3 when input.Count > 0:
                var length = Math.Min(input.Count - at, 1 + random.Next(256));
                var copy = input.GetRange(at, length);
                input.InsertRange(random.Next(input.Count), Enumerable.Repeat(copy, 1 + random.Next(4)).SelectMany(c => c));
                break;
            case 4 when input.Count > 1:
                input.RemoveRange(at, input.Count - at);
                break;
            case 5 when input.Count > 1:
                var other = random.Next(input.Count);
                (input[at], input[other]) = (input[other], input[at]);
                break;
            default:
                input.InsertRange(at, dictionary[random.Next(dictionary.Count)]);
                break;
        }
    }
}
