using DeploymentWatch.Discord.Api.Dtos;
using DeploymentWatch.Discord.Interactions.Payloads;

namespace DeploymentWatch.Discord.Api;

/// <summary>
/// The Discord HTTP calls the bot makes, with rate limits and retries inside. An interface so a library
/// (Discord.Net's REST client) could replace the hand-written client without touching alerts or interactions.
/// </summary>
internal interface IDiscordApiClient
{
    Task<DiscordApiResult<DiscordMessage>> CreateMessageAsync(string channelId, DiscordMessagePayload payload, DiscordUpload? upload, CancellationToken cancellationToken);

    Task<DiscordApiResult<DiscordMessage>> EditMessageAsync(string channelId, string messageId, DiscordMessagePayload payload, DiscordUpload? upload, CancellationToken cancellationToken);

    /// <summary>PATCH /webhooks/{application_id}/{token}/messages/@original: finishes a deferred interaction reply.</summary>
    Task<DiscordApiResult<DiscordMessage>> EditOriginalInteractionResponseAsync(string applicationId, string interactionToken, DiscordMessagePayload payload, DiscordUpload? upload, CancellationToken cancellationToken);

    /// <summary>DELETE /webhooks/{application_id}/{token}/messages/@original: removes the deferred "thinking…" message.</summary>
    Task<DiscordApiResult<bool>> DeleteOriginalInteractionResponseAsync(string applicationId, string interactionToken, CancellationToken cancellationToken);

    /// <summary>POST /webhooks/{application_id}/{token}: a follow-up message (flags 64 makes it visible to the user only).</summary>
    Task<DiscordApiResult<DiscordMessage>> CreateFollowupMessageAsync(string applicationId, string interactionToken, DiscordMessagePayload payload, DiscordUpload? upload, CancellationToken cancellationToken);

    /// <summary>POST /interactions/{id}/{token}/callback: the first answer (message, deferral) to a Gateway interaction.</summary>
    Task<DiscordApiResult<bool>> CreateInteractionResponseAsync(string interactionId, string interactionToken, DiscordInteractionResponse response, CancellationToken cancellationToken);

    /// <summary>POST /interactions/{id}/{token}/callback with autocomplete suggestions (type 8).</summary>
    Task<DiscordApiResult<bool>> CreateAutocompleteResponseAsync(string interactionId, string interactionToken, DiscordAutocompleteResponse response, CancellationToken cancellationToken);

    /// <summary>Bulk overwrite of the application's commands, globally or for one guild; returns how many Discord now has.</summary>
    Task<DiscordApiResult<int>> BulkOverwriteCommandsAsync(string applicationId, string? guildId, IReadOnlyList<DiscordApplicationCommand> commands, CancellationToken cancellationToken);
}
