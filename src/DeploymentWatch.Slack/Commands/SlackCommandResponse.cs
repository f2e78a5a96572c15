using System.Text.Json.Nodes;

namespace DeploymentWatch.Slack.Commands;

/// <summary>A slash-command answer: the HTTP body, the Socket Mode ack payload or a response_url post (same shape).</summary>
internal sealed record SlackCommandResponse(bool InChannel, string Text, JsonArray? Blocks)
{
    public static SlackCommandResponse Ephemeral(string text) => new(false, text, null);

    public JsonObject ToJson()
    {
        var json = new JsonObject { ["response_type"] = InChannel ? "in_channel" : "ephemeral", ["text"] = Text };
        if (Blocks is { Count: > 0 })
        {
            json["blocks"] = Blocks.DeepClone();
        }

        return json;
    }
}
