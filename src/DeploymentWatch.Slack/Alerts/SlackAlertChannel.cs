using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Domain.Messages;
using DeploymentWatch.Domain.Subscriptions;
using DeploymentWatch.Slack.Api;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Slack.Alerts;

/// <summary>
/// Posts and edits alerts in Slack channels (address "slack:TEAM/CHANNEL"; message ref = ts). Paced per channel; each
/// send or edit is one attempt (the outbox owns retries), Slack's error codes turned into typed outcomes.
/// </summary>
internal sealed class SlackAlertChannel(
    ISlackApiClient api,
    SlackChannelPacer pacer,
    SlackAttachmentUploader uploader,
    SlackChannelStatus status,
    IOptions<SlackOptions> options,
    ILogger<SlackAlertChannel> logger) : IAlertChannel
{
    public const string PlatformName = "slack";

    public string Platform => PlatformName;

    // Slack has no idempotency key (unlike Discord's nonce): the outbox key only names the attempt in logs.
    public async Task<DeliveryOutcome> SendAsync(ChannelAddress channel, MessageDocument message, string idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(message);
        if (Refuse(channel) is { } refusal)
        {
            return refusal;
        }

        var rendered = SlackBlockKitRenderer.Render(message);
        var request = new SlackMessageRequest(channel.Channel, rendered.Text, rendered.Blocks);
        SlackApiResult<SlackPostedMessage> result;
        using (await pacer.AcquireAsync(channel.Channel, cancellationToken))
        {
            result = await api.PostMessageAsync(request, cancellationToken);

            // Joining is not a retry of the same failure: the first post could not have succeeded outside the channel.
            if (result.Error == "not_in_channel" && await JoinAsync(channel, cancellationToken))
            {
                result = await api.PostMessageAsync(request, cancellationToken);
            }
        }

        var outcome = Conclude(channel, result, idempotencyKey);
        if (outcome.Status == DeliveryStatus.Delivered && message.Attachment is { } attachment)
        {
            // The alert is posted already; a failed chart must not make the outbox post the alert twice.
            var error = await uploader.UploadAsync(channel.Channel, attachment, message.Title, cancellationToken);
            if (error is not null)
            {
                logger.LogWarning("Slack chart upload to {Channel} failed: {Error}", channel, error);
            }
        }

        return outcome;
    }

    public async Task<DeliveryOutcome> EditAsync(ChannelAddress channel, string messageRef, MessageDocument message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageRef);
        if (Refuse(channel) is { } refusal)
        {
            return refusal;
        }

        var rendered = SlackBlockKitRenderer.Render(message);
        var request = new SlackMessageRequest(channel.Channel, rendered.Text, rendered.Blocks, messageRef);
        SlackApiResult<SlackPostedMessage> result;
        using (await pacer.AcquireAsync(channel.Channel, cancellationToken))
        {
            result = await api.UpdateMessageAsync(request, cancellationToken);
        }

        return Conclude(channel, result, messageRef);
    }

    private DeliveryOutcome? Refuse(ChannelAddress channel)
    {
        if (!string.Equals(channel.Platform, PlatformName, StringComparison.Ordinal))
        {
            return DeliveryOutcome.Rejected($"not a Slack address: {channel}");
        }

        // While Slack is off or stopped nothing is sent and nothing is lost: the outbox pauses the platform.
        return !options.Value.HasBotToken || status.IsStopped ? DeliveryOutcome.TokenDead(status.Detail) : null;
    }

    // Only public channels can be joined; a private one answers method_not_supported_for_channel_type and stays not_in_channel.
    private async Task<bool> JoinAsync(ChannelAddress channel, CancellationToken cancellationToken)
    {
        var joined = await api.JoinConversationAsync(channel.Channel, cancellationToken);
        if (!joined.IsOk)
        {
            logger.LogWarning("Slack: could not join {Channel} after not_in_channel: {Error}", channel, joined.Error);
        }

        return joined.IsOk;
    }

    private DeliveryOutcome Conclude(ChannelAddress channel, SlackApiResult<SlackPostedMessage> result, string reference)
    {
        var outcome = SlackDeliveryErrors.ToOutcome(result);
        if (outcome.Status != DeliveryStatus.Delivered)
        {
            logger.LogWarning("Slack delivery {Reference} to {Channel}: {Status} {Reason}", reference, channel, outcome.Status, outcome.Reason);
        }

        return outcome;
    }
}
