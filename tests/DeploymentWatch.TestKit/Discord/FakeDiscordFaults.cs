namespace DeploymentWatch.TestKit.Discord;

/// <summary>Scripted faults, taken in order: those for a major id (channel) first, then those for any request.</summary>
internal sealed class FakeDiscordFaults
{
    private const string Any = "*";
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<FakeDiscordFault>> _queues = new(StringComparer.Ordinal);

    public void Add(FakeDiscordFault fault, string? majorId, int times)
    {
        lock (_gate)
        {
            var key = majorId ?? Any;
            if (!_queues.TryGetValue(key, out var queue))
            {
                _queues[key] = queue = new Queue<FakeDiscordFault>();
            }

            for (var i = 0; i < times; i++)
            {
                queue.Enqueue(fault);
            }
        }
    }

    public FakeDiscordFault? Take(string majorId)
    {
        lock (_gate)
        {
            foreach (var key in new[] { majorId, Any })
            {
                if (_queues.TryGetValue(key, out var queue) && queue.TryDequeue(out var fault))
                {
                    return fault;
                }
            }

            return null;
        }
    }
}
