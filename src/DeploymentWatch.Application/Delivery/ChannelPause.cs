using DeploymentWatch.Domain.Subscriptions;

namespace DeploymentWatch.Application.Delivery;

/// <summary>
/// A channel the outbox will not send to before <see cref="Until"/>, and why. A pause of a whole platform (its
/// token is dead) has <see cref="AllChannels"/> as workspace and channel.
/// </summary>
public sealed record ChannelPause(ChannelAddress Channel, DateTimeOffset Until, string Reason)
{
    public const string AllChannels = "*";

    public bool IsPlatformWide => Channel.Workspace == AllChannels && Channel.Channel == AllChannels;

    public static ChannelAddress Platform(string platform) => new(platform, AllChannels, AllChannels);

    /// <summary>Whether this pause holds back <paramref name="channel"/>.</summary>
    public bool Holds(ChannelAddress channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return IsPlatformWide
            ? string.Equals(Channel.Platform, channel.Platform, StringComparison.Ordinal)
            : Channel == channel;
    }
}
