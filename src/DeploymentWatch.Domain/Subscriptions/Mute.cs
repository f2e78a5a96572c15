namespace DeploymentWatch.Domain.Subscriptions;

/// <summary>A channel silencing one topic (or all, when <see cref="Topic"/> is null) until <see cref="Until"/> (or until unmuted).</summary>
public sealed record Mute(ChannelAddress Channel, string? Topic, DateTimeOffset? Until)
{
    public bool IsActive(DateTimeOffset now) => Until is null || Until > now;

    public bool Covers(string topic, DateTimeOffset now) =>
        IsActive(now) && (Topic is null || string.Equals(Topic, topic, StringComparison.OrdinalIgnoreCase));
}
