using System.Text.Json.Nodes;

namespace DeploymentWatch.TestKit.Slack;

/// <summary>Slack's Block Kit limits for messages (docs.slack.dev block reference), as a list of violations.</summary>
public static class BlockKitLimits
{
    public const int MaxBlocks = 50;
    public const int MaxFallbackText = 4000;

    private static readonly HashSet<string> MessageBlockTypes =
        new(StringComparer.Ordinal) { "header", "section", "context", "divider", "image", "actions", "rich_text" };

    public static IReadOnlyList<string> Validate(JsonArray? blocks)
    {
        var problems = new List<string>();
        if (blocks is null)
        {
            return problems;
        }

        if (blocks.Count > MaxBlocks)
        {
            problems.Add($"{blocks.Count} blocks (max {MaxBlocks})");
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not JsonObject block)
            {
                problems.Add($"block {i} is not an object");
                continue;
            }

            var type = (string?)block["type"];
            if (type is null || !MessageBlockTypes.Contains(type))
            {
                problems.Add($"block {i} has unknown type '{type}'");
            }

            if (block["block_id"] is JsonValue id && ((string?)id)?.Length > 255)
            {
                problems.Add($"block {i} block_id over 255");
            }

            switch (type)
            {
                case "header":
                    Text(block["text"], i, "header text", 150, problems, plainOnly: true);
                    break;
                case "section":
                    Section(block, i, problems);
                    break;
                case "context":
                    var elements = block["elements"] as JsonArray;
                    if (elements is null || elements.Count is 0 or > 10)
                    {
                        problems.Add($"block {i} context needs 1-10 elements");
                    }

                    foreach (var element in elements ?? [])
                    {
                        Text(element, i, "context element", 3000, problems, plainOnly: false);
                    }

                    break;
            }
        }

        return problems;
    }

    private static void Section(JsonObject block, int index, List<string> problems)
    {
        var fields = block["fields"] as JsonArray;
        if (block["text"] is null && fields is null)
        {
            problems.Add($"block {index} section has neither text nor fields");
        }

        if (block["text"] is { } text)
        {
            Text(text, index, "section text", 3000, problems, plainOnly: false);
        }

        if (fields is not null)
        {
            if (fields.Count is 0 or > 10)
            {
                problems.Add($"block {index} section has {fields.Count} fields (1-10)");
            }

            foreach (var field in fields)
            {
                Text(field, index, "section field", 2000, problems, plainOnly: false);
            }
        }
    }

    private static void Text(JsonNode? node, int index, string what, int max, List<string> problems, bool plainOnly)
    {
        var type = (string?)node?["type"];
        var text = (string?)node?["text"];
        if (type is not ("plain_text" or "mrkdwn") || (plainOnly && type != "plain_text"))
        {
            problems.Add($"block {index} {what} has text type '{type}'");
        }

        if (string.IsNullOrEmpty(text) || text.Length > max)
        {
            problems.Add($"block {index} {what} length {text?.Length ?? 0} (1-{max})");
        }
    }
}
