using System.Collections.Concurrent;

namespace DeploymentWatch.Storage.Sqlite;

/// <summary>
/// This process's turns at a SQLite file's only writer, first come first served. SQLite lets one transaction write
/// at a time and makes the others poll for the lock (busy_timeout) with growing sleeps, so a steady stream of short
/// writers (per-feed state saves, planning batches) could starve another (a delivery claim) for seconds and fail it
/// with "database is locked". Queued here, a writer waits only for the writers that asked before it, without polling;
/// busy_timeout is left for other processes on the same file. One gate per file, shared by every connection to it.
/// </summary>
internal sealed class SqliteWriteGate
{
    private static readonly ConcurrentDictionary<string, SqliteWriteGate> ByFile = new(StringComparer.Ordinal);

    private readonly LinkedList<TaskCompletionSource<IDisposable>> _waiting = new();
    private bool _held;

    /// <summary>The gate of the file at <paramref name="fullPath"/> (the same object for every caller in this process).</summary>
    public static SqliteWriteGate For(string fullPath) => ByFile.GetOrAdd(fullPath, _ => new SqliteWriteGate());

    /// <summary>Writers waiting for their turn (not counting the one that holds it).</summary>
    public int Waiting
    {
        get
        {
            lock (_waiting)
            {
                return _waiting.Count;
            }
        }
    }

    /// <summary>Waits for this caller's turn; disposing the result ends it and gives the next writer in line its turn.</summary>
    public Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        LinkedListNode<TaskCompletionSource<IDisposable>> node;
        lock (_waiting)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!_held)
            {
                _held = true;
                return Task.FromResult<IDisposable>(new Turn(this));
            }

            // Continuations run off the releasing thread: the next writer never runs inside the previous one's Dispose.
            node = _waiting.AddLast(new TaskCompletionSource<IDisposable>(TaskCreationOptions.RunContinuationsAsynchronously));
        }

        return WaitAsync(node, cancellationToken);
    }

    private async Task<IDisposable> WaitAsync(LinkedListNode<TaskCompletionSource<IDisposable>> node, CancellationToken cancellationToken)
    {
        await using var registration = cancellationToken.Register(() => Cancel(node, cancellationToken));
        return await node.Value.Task;
    }

    private void Cancel(LinkedListNode<TaskCompletionSource<IDisposable>> node, CancellationToken cancellationToken)
    {
        lock (_waiting)
        {
            // Still in line (not handed the turn meanwhile): leave the line.
            if (node.List is not null)
            {
                _waiting.Remove(node);
                node.Value.TrySetCanceled(cancellationToken);
            }
        }
    }

    private void Release()
    {
        TaskCompletionSource<IDisposable>? next = null;
        lock (_waiting)
        {
            if (_waiting.First is { } first)
            {
                _waiting.RemoveFirst();
                next = first.Value;
            }
            else
            {
                _held = false;
            }
        }

        next?.TrySetResult(new Turn(this));
    }

    private sealed class Turn(SqliteWriteGate gate) : IDisposable
    {
        private int _ended;

        public void Dispose()
        {
            // Ending a turn twice must not end the next writer's turn.
            if (Interlocked.Exchange(ref _ended, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
