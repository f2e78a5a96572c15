using System.Data;
using System.Data.Common;
using DeploymentWatch.Domain.Subscriptions;

namespace DeploymentWatch.Storage.Database;

/// <summary>
/// A parameterised command with typed setters, so that every store writes times and JSON the way its engine stores
/// them and no value ever reaches the SQL text. Parameters are named "@name" (both engines accept that).
/// </summary>
internal sealed class StorageCommand(StorageDatabase database, DbCommand command) : IAsyncDisposable
{
    public StorageCommand Text(string name, string? value) => Add(name, DbType.String, value);

    public StorageCommand Int64(string name, long? value) => Add(name, DbType.Int64, value);

    public StorageCommand Int32(string name, int? value) => Add(name, DbType.Int32, value);

    /// <summary>Binds @platform, @workspace and @channel, the three columns every channel-keyed table uses.</summary>
    public StorageCommand Channel(ChannelAddress channel) =>
        Text("@platform", channel.Platform).Text("@workspace", channel.Workspace).Text("@channel", channel.Channel);

    public StorageCommand Time(string name, DateTimeOffset? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        database.SetTime(parameter, value);
        command.Parameters.Add(parameter);
        return this;
    }

    public StorageCommand Json(string name, string json)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        database.SetJson(parameter, json);
        command.Parameters.Add(parameter);
        return this;
    }

    /// <summary>Runs a write; outside a transaction its success also tells the health signal that writes work again.</summary>
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        int affected;
        try
        {
            // A statement of its own is a transaction of its own: it waits for the writer like one.
            using var turn = command.Transaction is null ? await database.EnterWriteAsync(cancellationToken) : null;
            affected = await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (Exception ex) when (database.Observe(ex))
        {
            throw;
        }

        if (command.Transaction is null)
        {
            database.Health?.WriteSucceeded();
        }

        return affected;
    }

    public async Task<bool> ExistsAsync(CancellationToken cancellationToken) =>
        await command.ExecuteScalarAsync(cancellationToken) is not (null or DBNull);

    public async Task<List<T>> ListAsync<T>(Func<StorageRow, T> map, CancellationToken cancellationToken)
    {
        var results = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var row = new StorageRow(database, reader);
        while (await reader.ReadAsync(cancellationToken))
        {
            results.Add(map(row));
        }

        return results;
    }

    public async Task<T?> FirstOrDefaultAsync<T>(Func<StorageRow, T> map, CancellationToken cancellationToken)
        where T : class
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? map(new StorageRow(database, reader)) : null;
    }

    public ValueTask DisposeAsync() => command.DisposeAsync();

    private StorageCommand Add(string name, DbType type, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        // The type is set even for null so that PostgreSQL can infer "@x IS NULL" comparisons.
        parameter.DbType = type;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return this;
    }
}
