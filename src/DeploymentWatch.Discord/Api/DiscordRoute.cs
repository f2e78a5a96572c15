namespace DeploymentWatch.Discord.Api;

/// <summary>
/// One API call: its method and route template (what rate-limit buckets are keyed by), the major id (channel,
/// guild or webhook) that splits a route's limit, and the concrete path. <see cref="ToString"/> is safe to log: it
/// never holds the path, which can contain an interaction token.
/// </summary>
internal sealed record DiscordRoute(HttpMethod Method, string Template, string MajorId, string Path, bool UsesBotToken, bool CountsTowardGlobalLimit)
{
    public string TemplateKey => $"{Method.Method} {Template}";

    public string ProvisionalBucketKey => $"{TemplateKey}|{MajorId}";

    public static DiscordRoute CreateMessage(string channelId) =>
        new(HttpMethod.Post, "channels/{channel_id}/messages", channelId, $"channels/{E(channelId)}/messages", true, true);

    public static DiscordRoute EditMessage(string channelId, string messageId) =>
        new(HttpMethod.Patch, "channels/{channel_id}/messages/{message_id}", channelId, $"channels/{E(channelId)}/messages/{E(messageId)}", true, true);

    // Interaction follow-ups are webhook routes: keyed by application id + token, need no bot token, and are not
    // bound to the global limit (docs, rate-limits).
    public static DiscordRoute EditOriginalInteractionResponse(string applicationId, string interactionToken) =>
        new(HttpMethod.Patch, "webhooks/{application_id}/{interaction_token}/messages/@original", $"{applicationId}/{interactionToken}",
            $"webhooks/{E(applicationId)}/{E(interactionToken)}/messages/@original", false, false);

    public static DiscordRoute DeleteOriginalInteractionResponse(string applicationId, string interactionToken) =>
        new(HttpMethod.Delete, "webhooks/{application_id}/{interaction_token}/messages/@original", $"{applicationId}/{interactionToken}",
            $"webhooks/{E(applicationId)}/{E(interactionToken)}/messages/@original", false, false);

    public static DiscordRoute CreateFollowupMessage(string applicationId, string interactionToken) =>
        new(HttpMethod.Post, "webhooks/{application_id}/{interaction_token}", $"{applicationId}/{interactionToken}",
            $"webhooks/{E(applicationId)}/{E(interactionToken)}", false, false);

    /// <summary>The first answer to an interaction received over the Gateway (the HTTP endpoint answers in its response).</summary>
    public static DiscordRoute CreateInteractionResponse(string interactionId, string interactionToken) =>
        new(HttpMethod.Post, "interactions/{interaction_id}/{interaction_token}/callback", $"{interactionId}/{interactionToken}",
            $"interactions/{E(interactionId)}/{E(interactionToken)}/callback", false, false);

    public static DiscordRoute BulkOverwriteCommands(string applicationId, string? guildId) => guildId is null
        ? new(HttpMethod.Put, "applications/{application_id}/commands", "", $"applications/{E(applicationId)}/commands", true, true)
        : new(HttpMethod.Put, "applications/{application_id}/guilds/{guild_id}/commands", guildId,
            $"applications/{E(applicationId)}/guilds/{E(guildId)}/commands", true, true);

    public override string ToString() => TemplateKey;

    private static string E(string segment) => Uri.EscapeDataString(segment);
}
