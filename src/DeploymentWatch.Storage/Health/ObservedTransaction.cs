using System.Data;
using System.Data.Common;
using DeploymentWatch.Storage.Database;

namespace DeploymentWatch.Storage.Health;

/// <summary>
/// A write transaction that tells <see cref="StorageHealth"/> how its commit went: SQLite writes the WAL at commit,
/// so a full disk shows up there, not at the statement. Commands run on the engine's own transaction (<see cref="Inner"/>).
/// It also ends the process's turn at the writer (<paramref name="turn"/>, SQLite) once disposed.
/// </summary>
internal sealed class ObservedTransaction(DbTransaction inner, StorageDatabase database, IDisposable? turn = null) : DbTransaction
{
    public DbTransaction Inner { get; } = inner;

    public override IsolationLevel IsolationLevel => Inner.IsolationLevel;

    protected override DbConnection? DbConnection => Inner.Connection;

    public override void Commit()
    {
        try
        {
            Inner.Commit();
        }
        catch (Exception ex) when (database.Observe(ex))
        {
            throw;
        }

        database.Health?.WriteSucceeded();
    }

    public override async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await Inner.CommitAsync(cancellationToken);
        }
        catch (Exception ex) when (database.Observe(ex))
        {
            throw;
        }

        database.Health?.WriteSucceeded();
    }

    public override void Rollback() => Inner.Rollback();

    public override Task RollbackAsync(CancellationToken cancellationToken = default) => Inner.RollbackAsync(cancellationToken);

    public override async ValueTask DisposeAsync()
    {
        await Inner.DisposeAsync();
        turn?.Dispose();
        await base.DisposeAsync();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Inner.Dispose();
            turn?.Dispose();
        }

        base.Dispose(disposing);
    }
}
