using System.Data.Common;
using System.Globalization;

namespace DeploymentWatch.Storage.Database;

/// <summary>The current row of a reader, read by column name with the engine's conversions for times.</summary>
internal sealed class StorageRow(StorageDatabase database, DbDataReader reader)
{
    public string Text(string column) => reader.GetString(reader.GetOrdinal(column));

    public string? NullableText(string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
    }

    // Convert rather than GetInt64: SQLite returns every integer as long, PostgreSQL int4 columns as int.
    public long Int64(string column) => Convert.ToInt64(reader.GetValue(reader.GetOrdinal(column)), CultureInfo.InvariantCulture);

    public int Int32(string column) => Convert.ToInt32(reader.GetValue(reader.GetOrdinal(column)), CultureInfo.InvariantCulture);

    public DateTimeOffset Time(string column) => database.ReadTime(reader, reader.GetOrdinal(column));

    public DateTimeOffset? NullableTime(string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : database.ReadTime(reader, ordinal);
    }
}
