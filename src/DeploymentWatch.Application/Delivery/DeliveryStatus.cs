namespace DeploymentWatch.Application.Delivery;

/// <summary>
/// What one attempt at a channel came to. The adapter reports it; the outbox alone decides what happens next, so
/// only <see cref="Rejected"/> ever fails an entry and nothing is dropped for having waited.
/// </summary>
public enum DeliveryStatus
{
    /// <summary>Posted; <see cref="DeliveryOutcome.MessageRef"/> identifies it for later edits.</summary>
    Delivered,

    /// <summary>Not posted now (rate limit, 5xx, timeout): the channel is paused until <see cref="DeliveryOutcome.RetryAfter"/>.</summary>
    RetryLater,

    /// <summary>This message will never be accepted as it is (invalid body, deleted message to edit): fail it, keep the channel.</summary>
    Rejected,

    /// <summary>The channel can no longer be posted to (unknown channel, missing access): disable the subscription.</summary>
    ChannelGone,

    /// <summary>The platform's token is missing, revoked or invalid: pause the whole platform, keep every entry for a fixed token.</summary>
    TokenDead,
}
