using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace DeploymentWatch.Tests.EndToEnd;

/// <summary>
/// Everything a reader sees in a Discord message: its content and each embed's title, description, field names and
/// values and footer, with the adapter's markdown escapes removed (Discord renders "\*" as "*").
/// </summary>
internal static partial class DiscordMessageText
{
    public static string Of(JsonObject message)
    {
        var parts = new List<string?> { (string?)message["content"] };
        foreach (var embed in (message["embeds"] as JsonArray ?? []).OfType<JsonObject>())
        {
            parts.Add((string?)embed["title"]);
            parts.Add((string?)embed["description"]);
            foreach (var field in (embed["fields"] as JsonArray ?? []).OfType<JsonObject>())
            {
                parts.Add((string?)field["name"]);
                parts.Add((string?)field["value"]);
            }

            parts.Add((string?)embed["footer"]?["text"]);
        }

        return Unescape(string.Join('\n', parts.Where(p => !string.IsNullOrEmpty(p))));
    }

    /// <summary>The values of the first embed's fields named <paramref name="name"/>, unescaped.</summary>
    public static string? Field(JsonObject message, string name) =>
        (message["embeds"]?[0]?["fields"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Where(f => (string?)f["name"] == name)
            .Select(f => Unescape((string?)f["value"] ?? string.Empty))
            .FirstOrDefault();

    public static string Unescape(string text) => Escape().Replace(text, "$1");

    [GeneratedRegex(@"\\([\\*_~`|\[\]<@#>\-])")]
    private static partial Regex Escape();
}
