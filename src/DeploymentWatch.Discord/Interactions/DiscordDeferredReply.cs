using DeploymentWatch.Application.Commands;
using DeploymentWatch.Discord.Api;
using Microsoft.Extensions.Logging;

namespace DeploymentWatch.Discord.Interactions;

/// <summary>
/// Finishes an interaction that was answered "thinking…" (type 5), for the HTTP endpoint and the Gateway alike:
/// edits the original response with the reply, or, for an error, replaces it with an ephemeral follow-up.
/// </summary>
internal sealed class DiscordDeferredReply(IDiscordApiClient client, TimeProvider timeProvider, ILogger<DiscordDeferredReply> logger)
{
    private static readonly TimeSpan AcknowledgedTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Sends <paramref name="reply"/> once <paramref name="acknowledged"/> completes: an edit that reaches Discord
    /// before its acknowledgement meets "Unknown interaction".
    /// </summary>
    public async Task SendAsync(CommandReply reply, Task acknowledged, string applicationId, string token, CancellationToken cancellationToken)
    {
        await Task.WhenAny(acknowledged, Task.Delay(AcknowledgedTimeout, timeProvider, cancellationToken));
        cancellationToken.ThrowIfCancellationRequested();
        if (reply.IsError)
        {
            await SendLateErrorAsync(reply, applicationId, token, cancellationToken);
            return;
        }

        var (payload, rendered) = DiscordReplyRenderer.Render(reply, isEdit: true);
        var result = await client.EditOriginalInteractionResponseAsync(applicationId, token, payload, rendered.Upload, cancellationToken);
        if (!result.IsSuccess)
        {
            logger.LogWarning("Discord deferred reply could not be sent: {Failure}", result.Describe());
        }
    }

    /// <summary>
    /// An error that comes after the deferral must still be seen by its user only, but the public "thinking…"
    /// message cannot be made ephemeral. So it is deleted first (a follow-up right after a deferral would replace it
    /// publicly), then the error goes out as an ephemeral follow-up.
    /// </summary>
    private async Task SendLateErrorAsync(CommandReply reply, string applicationId, string token, CancellationToken cancellationToken)
    {
        var deleted = await client.DeleteOriginalInteractionResponseAsync(applicationId, token, cancellationToken);
        if (!deleted.IsSuccess)
        {
            logger.LogWarning("Discord deferred reply could not be removed: {Failure}", deleted.Describe());
        }

        var (payload, rendered) = DiscordReplyRenderer.Render(reply, isEdit: false);
        var result = await client.CreateFollowupMessageAsync(applicationId, token, payload, rendered.Upload, cancellationToken);
        if (!result.IsSuccess)
        {
            logger.LogWarning("Discord error follow-up could not be sent: {Failure}", result.Describe());
        }
    }
}
