using DeploymentWatch.Domain.Messages;
using DeploymentWatch.Domain.Subscriptions;

namespace DeploymentWatch.Application.Delivery;

/// <summary>
/// A platform that messages can be posted to (console, file, Discord, Slack). Implementations render the
/// platform-neutral document within their limits, keep it mention-safe, and report the outcome instead of throwing
/// for platform errors. <paramref name="idempotencyKey"/> is stable across retries of one outbox entry so a
/// platform that supports it (Discord's nonce) never posts twice.
/// </summary>
public interface IAlertChannel
{
    /// <summary>The <see cref="ChannelAddress.Platform"/> this channel serves ("console", "discord", …).</summary>
    string Platform { get; }

    Task<DeliveryOutcome> SendAsync(ChannelAddress channel, MessageDocument message, string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Replaces a message posted earlier (its <see cref="DeliveryOutcome.MessageRef"/>) with a new version.</summary>
    Task<DeliveryOutcome> EditAsync(ChannelAddress channel, string messageRef, MessageDocument message, CancellationToken cancellationToken);
}
