using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Application.Polling;
using DeploymentWatch.Storage.Database;
using DeploymentWatch.Storage.Sqlite;
using DeploymentWatch.Storage.Tests.Support;

namespace DeploymentWatch.Storage.Tests.Sqlite;

public sealed class SqliteWriteGateTests : IAsyncLifetime
{
    private readonly StorageHarness storage = StorageHarness.Sqlite();

    private SqliteWriteGate Gate => SqliteWriteGate.For(((SqliteDatabase)storage.Get<StorageDatabase>()).FilePath);

    public Task InitializeAsync() => storage.MigrateAsync();

    public Task DisposeAsync() => storage.DisposeAsync().AsTask();

    [Fact]
    public async Task EnterAsync_WhileHeld_GivesTurnsInTheOrderAsked()
    {
        var gate = new SqliteWriteGate();
        var order = new List<int>();
        var first = await gate.EnterAsync(CancellationToken.None);
        var writers = Enumerable.Range(0, 5).Select(async i =>
        {
            using (await gate.EnterAsync(CancellationToken.None))
            {
                order.Add(i);
            }
        }).ToArray();
        Assert.Equal(5, gate.Waiting);

        first.Dispose();
        await Task.WhenAll(writers);

        Assert.Equal([0, 1, 2, 3, 4], order);
        Assert.Equal(0, gate.Waiting);
    }

    [Fact]
    public async Task EnterAsync_CancelledWhileWaiting_LeavesTheLineAndTheNextWriterGetsTheTurn()
    {
        var gate = new SqliteWriteGate();
        var first = await gate.EnterAsync(CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var cancelled = gate.EnterAsync(cancel.Token);
        var next = gate.EnterAsync(CancellationToken.None);

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.Equal(1, gate.Waiting);
        first.Dispose();
        first.Dispose();

        using (await next)
        {
            Assert.Equal(0, gate.Waiting);
        }

        // Free again: the double Dispose above did not hand out a second turn.
        using var again = await gate.EnterAsync(CancellationToken.None);
        Assert.False(gate.EnterAsync(CancellationToken.None).IsCompleted);
    }

    [Fact]
    public async Task WritersQueuedBehindATransaction_CommitInTheOrderTheyAsked()
    {
        var database = storage.Get<StorageDatabase>();
        var outbox = storage.Get<IOutboxStore>();
        var writers = new List<Task>();
        await using (var connection = await database.OpenAsync(CancellationToken.None))
        await using (var held = await database.BeginWriteAsync(connection, CancellationToken.None))
        {
            for (var i = 0; i < 8; i++)
            {
                var writer = outbox.EnqueueAsync([TestData.Entry($"k{i}", TestData.Ops, TestData.T0)], CancellationToken.None);
                writers.Add(writer);
                await WaitUntilQueuedAsync(writer, i + 1);
            }

            await held.CommitAsync(CancellationToken.None);
        }

        await Task.WhenAll(writers);

        var claimed = await outbox.ClaimDueAsync(TestData.T0.AddMinutes(1), 100, TimeSpan.FromMinutes(1), "test", CancellationToken.None);
        Assert.Equal(Enumerable.Range(0, 8).Select(i => $"k{i}"), claimed.OrderBy(e => e.Id).Select(e => e.Key));
    }

    [Fact]
    public async Task ManyConcurrentWriters_OnOneFile_AllComplete()
    {
        var states = storage.Get<IFeedStateStore>();
        var seen = storage.Get<ISeenItemStore>();
        var outbox = storage.Get<IOutboxStore>();

        // Statements of their own, transactions and claims, all at once from many threads, as a poll and delivery do.
        Task Write(int i) => (i % 3) switch
        {
            0 => states.SaveAsync(new FeedState($"feed-{i}", null, null, null, 0, TestData.T0, TestData.T0, null), CancellationToken.None),
            1 => seen.MarkAsync([i, i + 1_000_000], TestData.T0, CancellationToken.None),
            _ => Task.WhenAll(
                outbox.EnqueueAsync([TestData.Entry($"k{i}", TestData.Ops, TestData.T0)], CancellationToken.None),
                outbox.ClaimDueAsync(TestData.T0, 5, TimeSpan.FromMinutes(1), $"claimant-{i}", CancellationToken.None)),
        };

        await Task.WhenAll(Enumerable.Range(0, 300).Select(i => Task.Run(() => Write(i))));

        Assert.Equal(100, await storage.CountAsync("feed_state"));
        Assert.Equal(200, await storage.CountAsync("seen_keys"));
        Assert.Equal(100, await storage.CountAsync("outbox"));
        Assert.Equal(0, Gate.Waiting);
    }

    // The writers reach the gate through a few awaits; this yields until the expected number stand in line.
    private async Task WaitUntilQueuedAsync(Task writer, int count)
    {
        while (Gate.Waiting < count)
        {
            // A writer that failed before reaching the gate would never stand in line.
            Assert.False(writer.IsCompleted, "the writer finished while a transaction held the writer");
            await Task.Yield();
        }
    }
}
