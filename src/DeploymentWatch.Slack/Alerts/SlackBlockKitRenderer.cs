using System.Globalization;
using System.Text.Json.Nodes;
using DeploymentWatch.Domain.Messages;

namespace DeploymentWatch.Slack.Alerts;

/// <summary>
/// Renders a <see cref="MessageDocument"/> as Block Kit inside Slack's limits: header, title link, body, fields,
/// context (outlet and time). Every mrkdwn text is escaped and marked verbatim so Slack does not auto-link channel
/// names or mentions in feed text; links exist only where the document has a <see cref="MessageDocument.Link"/>.
/// </summary>
internal static class SlackBlockKitRenderer
{
    private const string DefaultFallback = "DeploymentWatch";

    public static SlackRenderedMessage Render(MessageDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var title = OneLine(document.Title);
        var blocks = new JsonArray();
        var budget = SlackBlockLimits.TotalBlockText;

        if (title.Length > 0)
        {
            blocks.Add(Header(title));
            budget -= Math.Min(title.Length, SlackBlockLimits.HeaderText);
        }

        if (document.Link is { } link && SlackMrkdwn.Link(link, title, SlackBlockLimits.SectionText - 8) is { } markup)
        {
            blocks.Add(Section(":link: *" + markup + "*"));
            budget -= markup.Length;
        }

        if (!string.IsNullOrWhiteSpace(document.Text))
        {
            var body = SlackMrkdwn.Fit(document.Text.Trim(), SlackBlockLimits.SectionText, escape: true);
            blocks.Add(Section(body));
            budget -= body.Length;
        }

        var context = Context(document);
        budget -= context?["elements"]!.AsArray().Sum(e => ((string?)e!["text"])!.Length) ?? 0;
        var roomForFields = SlackBlockLimits.MaxBlocks - blocks.Count - (context is null ? 0 : 1);
        foreach (var fieldSection in FieldSections(document.Fields, budget).Take(roomForFields))
        {
            blocks.Add(fieldSection);
        }

        if (context is not null)
        {
            blocks.Add(context);
        }

        return new SlackRenderedMessage(Fallback(title, document.Text), blocks);
    }

    // The notification text is parsed as mrkdwn too, so it is escaped like the blocks.
    private static string Fallback(string title, string text)
    {
        var raw = string.Join("\n", new[] { title, text.Trim() }.Where(part => part.Length > 0));
        return SlackMrkdwn.Fit(raw.Length > 0 ? raw : DefaultFallback, SlackBlockLimits.FallbackText, escape: true);
    }

    private static JsonObject Header(string title) => new()
    {
        ["type"] = "header",
        ["text"] = new JsonObject
        {
            ["type"] = "plain_text",
            ["text"] = SlackMrkdwn.Fit(title, SlackBlockLimits.HeaderText, escape: false),
            ["emoji"] = true,
        },
    };

    private static JsonObject Section(string mrkdwn) => new()
    {
        ["type"] = "section",
        ["text"] = Mrkdwn(mrkdwn),
    };

    private static JsonObject Mrkdwn(string text) => new() { ["type"] = "mrkdwn", ["text"] = text, ["verbatim"] = true };

    private static IEnumerable<JsonObject> FieldSections(IReadOnlyList<MessageField> fields, int budget)
    {
        var texts = new List<string>();
        foreach (var field in fields.Where(f => !string.IsNullOrWhiteSpace(f.Name) || !string.IsNullOrWhiteSpace(f.Value)))
        {
            var name = SlackMrkdwn.Fit(OneLine(field.Name), 200, escape: true);
            var label = name.Length > 0 ? $"*{name}*\n" : string.Empty;
            var room = Math.Min(SlackBlockLimits.FieldText, budget) - label.Length;
            if (room < 16)
            {
                break;
            }

            var text = label + SlackMrkdwn.Fit(field.Value.Trim(), room, escape: true);
            texts.Add(text);
            budget -= text.Length;
        }

        return texts.Chunk(SlackBlockLimits.SectionFields).Select(chunk => new JsonObject
        {
            ["type"] = "section",
            ["fields"] = new JsonArray(chunk.Select(t => (JsonNode)Mrkdwn(t)).ToArray()),
        });
    }

    private static JsonObject? Context(MessageDocument document)
    {
        var elements = new JsonArray();
        if (!string.IsNullOrWhiteSpace(document.Footer))
        {
            elements.Add(Mrkdwn(SlackMrkdwn.Fit(OneLine(document.Footer), SlackBlockLimits.ContextText, escape: true)));
        }

        if (document.Timestamp is { } at)
        {
            // Slack's date token shows the time in each reader's zone; the fallback is UTC for clients that cannot.
            var fallback = at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
            elements.Add(new JsonObject
            {
                ["type"] = "mrkdwn",
                ["text"] = $"<!date^{at.ToUnixTimeSeconds()}^{{date_short_pretty}} {{time}}|{fallback}>",
            });
        }

        return elements.Count == 0 ? null : new JsonObject { ["type"] = "context", ["elements"] = elements };
    }

    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
