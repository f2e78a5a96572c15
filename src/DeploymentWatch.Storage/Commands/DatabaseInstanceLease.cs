using System.Data.Common;
using System.Text;
using DeploymentWatch.Application.Commands;
using DeploymentWatch.Storage.Database;

namespace DeploymentWatch.Storage.Commands;

/// <summary>
/// On PostgreSQL, a session advisory lock held on a connection of its own: no table, and when the holding process
/// dies its connection closes and the server frees the lock at once, so another instance takes over on its next try.
/// On SQLite (one process by design) the lease is granted in-process.
/// </summary>
internal sealed class DatabaseInstanceLease(StorageDatabase database) : IInstanceLease
{
    private readonly ProcessInstanceLease _inProcess = new();

    public async Task<IHeldLease?> TryAcquireAsync(string name, CancellationToken cancellationToken)
    {
        if (database.Provider != StorageProvider.Postgres)
        {
            return await _inProcess.TryAcquireAsync(name, cancellationToken);
        }

        var connection = await database.OpenAsync(cancellationToken);
        try
        {
            var key = Key(name);
            if (await ScalarAsync(connection, "SELECT pg_try_advisory_lock(@key)", key, cancellationToken) is true)
            {
                var held = new PostgresHeld(connection, key);
                connection = null;
                return held;
            }

            return null;
        }
        finally
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }
        }
    }

    // A stable 64-bit key for the name (FNV-1a): string.GetHashCode differs between processes.
    internal static long Key(string name)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes("deploymentwatch:" + name))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return unchecked((long)hash);
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql, long key, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "key";
        parameter.Value = key;
        command.Parameters.Add(parameter);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private sealed class PostgresHeld(DbConnection connection, long key) : IHeldLease
    {
        public async Task<bool> IsHeldAsync(CancellationToken cancellationToken)
        {
            try
            {
                // The lock lives exactly as long as this session; a query that fails means the session is gone.
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT 1";
                await command.ExecuteScalarAsync(cancellationToken);
                return true;
            }
            catch (DbException)
            {
                return false;
            }
            catch (InvalidOperationException)
            {
                return false;
            }
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                await ScalarAsync(connection, "SELECT pg_advisory_unlock(@key)", key, CancellationToken.None);
            }
            catch (DbException)
            {
                // The session is gone, and the lock with it.
            }
            catch (InvalidOperationException)
            {
                // Likewise: the connection is already broken.
            }

            await connection.DisposeAsync();
        }
    }
}
