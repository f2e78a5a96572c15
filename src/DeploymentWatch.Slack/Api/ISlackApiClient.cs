namespace DeploymentWatch.Slack.Api;

/// <summary>
/// The Slack Web API methods this bot uses, typed. Hand-written because SlackNet is not available; the interface is
/// the seam where a library can replace it. Calls never throw for Slack errors: they return a <see cref="SlackApiResult{T}"/>.
/// </summary>
internal interface ISlackApiClient
{
    /// <summary>chat.postMessage with the bot token.</summary>
    Task<SlackApiResult<SlackPostedMessage>> PostMessageAsync(SlackMessageRequest message, CancellationToken cancellationToken);

    /// <summary>chat.update of the message <see cref="SlackMessageRequest.Ts"/>.</summary>
    Task<SlackApiResult<SlackPostedMessage>> UpdateMessageAsync(SlackMessageRequest message, CancellationToken cancellationToken);

    /// <summary>conversations.join (public channels only).</summary>
    Task<SlackApiResult<bool>> JoinConversationAsync(string channel, CancellationToken cancellationToken);

    /// <summary>users.info.</summary>
    Task<SlackApiResult<SlackUser>> GetUserAsync(string userId, CancellationToken cancellationToken);

    /// <summary>files.getUploadURLExternal.</summary>
    Task<SlackApiResult<SlackUploadTicket>> GetUploadUrlAsync(string fileName, long length, CancellationToken cancellationToken);

    /// <summary>Sends the file's bytes to the URL from <see cref="GetUploadUrlAsync"/> (no token: the URL is the credential).</summary>
    Task<SlackApiResult<bool>> UploadFileContentAsync(Uri uploadUrl, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken);

    /// <summary>files.completeUploadExternal, sharing the uploaded file into <paramref name="channel"/>.</summary>
    Task<SlackApiResult<bool>> CompleteUploadAsync(string fileId, string title, string channel, CancellationToken cancellationToken);

    /// <summary>apps.connections.open with the app-level token: a fresh Socket Mode wss URL.</summary>
    Task<SlackApiResult<Uri>> OpenConnectionAsync(CancellationToken cancellationToken);
}
