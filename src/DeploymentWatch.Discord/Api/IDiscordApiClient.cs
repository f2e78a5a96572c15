using DeploymentWatch.Discord.Api.Dtos;

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

    /// <summary>Bulk overwrite of the application's commands, globally or for one guild; returns how many Discord now has.</summary>
    Task<DiscordApiResult<int>> BulkOverwriteCommandsAsync(string applicationId, string? guildId, IReadOnlyList<DiscordApplicationCommand> commands, CancellationToken cancellationToken);
}
