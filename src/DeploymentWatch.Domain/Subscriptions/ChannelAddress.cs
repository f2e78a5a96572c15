namespace DeploymentWatch.Domain.Subscriptions;

/// <summary>
/// Where messages go: a platform ("console", "file", "discord", "slack"), a workspace (Discord guild, Slack team,
/// or "local") and a channel id. Written as "platform:workspace/channel", or "platform:channel" for "local".
/// </summary>
public sealed record ChannelAddress(string Platform, string Workspace, string Channel)
{
    public const string LocalWorkspace = "local";

    public override string ToString() =>
        Workspace == LocalWorkspace ? $"{Platform}:{Channel}" : $"{Platform}:{Workspace}/{Channel}";

    /// <summary>Parses "console:ops", "discord:123/456".</summary>
    public static bool TryParse(string text, out ChannelAddress? address)
    {
        address = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == text.Length - 1)
        {
            return false;
        }

        var platform = text[..colon].Trim().ToLowerInvariant();
        var rest = text[(colon + 1)..].Trim();
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var (workspace, channel) = slash < 0 ? (LocalWorkspace, rest) : (rest[..slash], rest[(slash + 1)..]);
        if (workspace.Length == 0 || channel.Length == 0 || channel.Contains('/', StringComparison.Ordinal))
        {
            return false;
        }

        address = new ChannelAddress(platform, workspace, channel);
        return true;
    }
}
