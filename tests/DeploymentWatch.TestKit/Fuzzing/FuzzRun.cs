using System.Globalization;

namespace DeploymentWatch.TestKit.Fuzzing;

/// <summary>
/// How long a fuzz test runs: a fixed seed and a bounded count in CI (the defaults), more from the environment for a
/// longer run (DW_FUZZ_ITERATIONS, DW_FUZZ_SEED). Each input gets a generous guard against a hang (not a speed goal:
/// a normal input takes milliseconds); a failing input is written to a file so it can become a corpus case.
/// </summary>
public static class FuzzRun
{
    public const int DefaultIterations = 2_000;
    public const int DefaultSeed = 20261205;
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    public static int Iterations => Read("DW_FUZZ_ITERATIONS", DefaultIterations);

    public static int Seed => Read("DW_FUZZ_SEED", DefaultSeed);

    /// <summary>Runs <paramref name="check"/> on each input; returns how many were tried. Throws on the first failure or hang.</summary>
    public static int Run(string name, IEnumerable<byte[]> inputs, Action<byte[]> check)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(check);
        var tried = 0;
        foreach (var input in inputs)
        {
            var task = Task.Run(() => check(input));
            bool finished;
            try
            {
                finished = task.Wait(HangGuard);
            }
            catch (AggregateException ex)
            {
                throw new InvalidOperationException($"{name}: input {tried} failed ({Save(name, input)}): {ex.InnerException}", ex.InnerException);
            }

            if (!finished)
            {
                throw new TimeoutException($"{name}: input {tried} did not finish in {HangGuard.TotalSeconds} s ({Save(name, input)})");
            }

            tried++;
        }

        return tried;
    }

    private static string Save(string name, byte[] input)
    {
        var path = Path.Combine(Path.GetTempPath(), $"dw-fuzz-{name}-{Guid.NewGuid():N}.bin");
        File.WriteAllBytes(path, input);
        return "saved to " + path;
    }

    private static int Read(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : fallback;
}
