namespace DeploymentWatch.Application.Delivery;

public enum DeliveryStatus
{
    /// <summary>Posted; <see cref="DeliveryOutcome.MessageRef"/> identifies it for later edits.</summary>
    Delivered,

    /// <summary>Not posted now (rate limit, 5xx, timeout); try again after <see cref="DeliveryOutcome.RetryAfter"/>.</summary>
    RetryLater,

    /// <summary>This message will never be accepted (e.g. invalid body); drop it, keep the subscription.</summary>
    Rejected,

    /// <summary>The channel can no longer be posted to (unknown channel, missing access, bad token): disable the subscription.</summary>
    ChannelGone,
}
