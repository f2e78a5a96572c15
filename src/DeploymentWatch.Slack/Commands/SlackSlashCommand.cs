using System.Text.Json;
using Microsoft.Extensions.Primitives;

namespace DeploymentWatch.Slack.Commands;

/// <summary>The fields of a slash command this bot uses, from the HTTP form or a Socket Mode payload (same names).</summary>
internal sealed record SlackSlashCommand(string Command, string Text, string TeamId, string ChannelId, string UserId, Uri? ResponseUrl)
{
    public static SlackSlashCommand? FromForm(IReadOnlyDictionary<string, StringValues> form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return Create(name => form.TryGetValue(name, out var value) ? value.ToString() : null);
    }

    public static SlackSlashCommand? FromJson(JsonElement payload) =>
        payload.ValueKind != JsonValueKind.Object
            ? null
            : Create(name => payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null);

    // Without team, channel and user there is no channel to act on and no one to check: not a usable command.
    private static SlackSlashCommand? Create(Func<string, string?> field)
    {
        var team = field("team_id");
        var channel = field("channel_id");
        var user = field("user_id");
        if (string.IsNullOrWhiteSpace(team) || string.IsNullOrWhiteSpace(channel) || string.IsNullOrWhiteSpace(user))
        {
            return null;
        }

        var responseUrl = Uri.TryCreate(field("response_url"), UriKind.Absolute, out var url)
                          && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
            ? url
            : null;
        return new SlackSlashCommand(field("command") ?? string.Empty, (field("text") ?? string.Empty).Trim(), team, channel, user, responseUrl);
    }
}
