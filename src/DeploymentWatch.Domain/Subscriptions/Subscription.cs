namespace DeploymentWatch.Domain.Subscriptions;

/// <summary>
/// A channel's wish to get alerts. An empty <see cref="Topics"/> set means every topic. A subscription a platform
/// refused for good (unknown channel, missing access) is kept but <see cref="DisabledReason"/> says why.
/// </summary>
public sealed record Subscription(
    ChannelAddress Channel,
    IReadOnlySet<string> Topics,
    DeliveryMode Mode,
    int DigestHour,
    DateTimeOffset CreatedAt,
    string? DisabledReason = null)
{
    public bool IsDisabled => DisabledReason is not null;

    public bool Wants(string topic) => Topics.Count == 0 || Topics.Contains(topic);

    public bool WantsAny(IEnumerable<string> topics) => topics.Any(Wants);
}
