using System.Globalization;
using System.Text.Json;

namespace DeploymentWatch.Storage.Database;

/// <summary>
/// A list of values bound as one JSON array parameter and unpacked in SQL (json_each on SQLite,
/// jsonb_array_elements_text on PostgreSQL): one statement and one parameter whatever the list's length.
/// </summary>
internal static class JsonList
{
    /// <summary>"(SELECT …)" listing the array's text values, for "column IN …".</summary>
    public static string Texts(StorageDatabase database, string parameter)
    {
        ArgumentNullException.ThrowIfNull(database);
        return database.IsPostgres
            ? $"(SELECT jsonb_array_elements_text({parameter}))"
            : $"(SELECT value FROM json_each({parameter}))";
    }

    /// <summary>"(SELECT …)" listing the array's integers.</summary>
    public static string Integers(StorageDatabase database, string parameter)
    {
        ArgumentNullException.ThrowIfNull(database);
        return database.IsPostgres
            ? $"(SELECT jsonb_array_elements_text({parameter})::bigint)"
            : $"(SELECT value FROM json_each({parameter}))";
    }

    public static string Of(IEnumerable<string> values) => JsonSerializer.Serialize(values);

    public static string Of(IEnumerable<long> values) =>
        "[" + string.Join(',', values.Select(v => v.ToString(CultureInfo.InvariantCulture))) + "]";
}
