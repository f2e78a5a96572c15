using System.Text.Json;
using System.Text.Json.Serialization;

namespace DeploymentWatch.Storage.Database;

/// <summary>
/// The one JSON shape of stored payloads (alerts, message documents, topic lists): camelCase, enums as kebab-case
/// names so a renamed enum member fails loudly instead of silently shifting numbers, nulls left out.
/// </summary>
internal static class StorageJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new InvalidDataException($"Stored JSON for {typeof(T).Name} is null.");
}
