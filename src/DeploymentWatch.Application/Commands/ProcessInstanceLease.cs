namespace DeploymentWatch.Application.Commands;

/// <summary>
/// The lease for a store only one process uses (SQLite, tests): granted to one holder at a time within the process.
/// </summary>
public sealed class ProcessInstanceLease : IInstanceLease
{
    private readonly HashSet<string> _held = new(StringComparer.Ordinal);

    public Task<IHeldLease?> TryAcquireAsync(string name, CancellationToken cancellationToken)
    {
        lock (_held)
        {
            return Task.FromResult<IHeldLease?>(_held.Add(name) ? new Held(this, name) : null);
        }
    }

    private sealed class Held(ProcessInstanceLease owner, string name) : IHeldLease
    {
        public Task<bool> IsHeldAsync(CancellationToken cancellationToken) => Task.FromResult(true);

        public ValueTask DisposeAsync()
        {
            lock (owner._held)
            {
                owner._held.Remove(name);
            }

            return ValueTask.CompletedTask;
        }
    }
}
