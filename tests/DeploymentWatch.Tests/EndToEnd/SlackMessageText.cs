using System.Text.Json.Nodes;
using DeploymentWatch.TestKit.Slack;

namespace DeploymentWatch.Tests.EndToEnd;

/// <summary>Everything a reader sees in a Slack message or command answer: the fallback text and every block's text.</summary>
internal static class SlackMessageText
{
    public static string Of(JsonObject answer) => string.Join('\n', Texts(answer));

    public static string Of(FakeSlackMessage message) =>
        string.Join('\n', new[] { message.Text ?? string.Empty }.Concat(message.Blocks is null ? [] : Texts(message.Blocks)));

    /// <summary>The plain text of the message's header block (its title), or null without one.</summary>
    public static string? Header(FakeSlackMessage message) =>
        message.Blocks?.OfType<JsonObject>().FirstOrDefault(b => (string?)b["type"] == "header")?["text"]?["text"]?.GetValue<string>();

    private static IEnumerable<string> Texts(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => p.Key == "text" && p.Value is JsonValue value && value.TryGetValue<string>(out var text)
            ? [text]
            : Texts(p.Value)),
        JsonArray array => array.SelectMany(Texts),
        _ => [],
    };
}
