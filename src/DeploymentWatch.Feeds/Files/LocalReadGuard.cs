using System.Collections.Concurrent;

namespace DeploymentWatch.Feeds.Files;

/// <summary>
/// Local sources (a feed file, an article folder) under the same time limit as HTTP ones. A read that blocks in
/// the file system (a FIFO nobody writes to, a hung network mount) cannot be cancelled, so it is left on its own
/// thread and the poll goes on with a timeout; until that read returns, the source fails at once instead of
/// tying up one more thread per poll. One per process.
/// </summary>
public sealed class LocalReadGuard(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Task> _blocked = new(StringComparer.Ordinal);

    public Task<Application.Polling.FeedFetchResult> ReadAsync(
        string source, TimeSpan timeout, Func<Task<Application.Polling.FeedFetchResult>> read, CancellationToken cancellationToken) =>
        ReadAsync(source, timeout, read, Application.Polling.FeedFetchResult.Failed, cancellationToken);

    /// <summary>Runs <paramref name="read"/> under the time limit; a read that fails to finish gives <paramref name="failed"/> with the reason.</summary>
    public async Task<T> ReadAsync<T>(string source, TimeSpan timeout, Func<Task<T>> read, Func<string, T> failed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(failed);
        if (_blocked.ContainsKey(source))
        {
            return failed($"an earlier read of {source} is still blocked (no answer after {ReadableUnits.Duration(timeout)})");
        }

        // Task.Run: even opening the path may block (a FIFO's open waits for a writer), and that must not be on the poll's thread.
        var reading = Task.Run(read, CancellationToken.None);
        try
        {
            return await reading.WaitAsync(timeout, time, cancellationToken);
        }
        catch (TimeoutException)
        {
            _blocked[source] = reading;
            _ = reading.ContinueWith(_ => _blocked.TryRemove(source, out Task? _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            return failed($"timed out after {ReadableUnits.Duration(timeout)} reading {source}");
        }
    }
}
