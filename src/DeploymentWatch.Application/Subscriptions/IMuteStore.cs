using DeploymentWatch.Domain.Subscriptions;

namespace DeploymentWatch.Application.Subscriptions;

public interface IMuteStore
{
    /// <summary>Adds a mute, replacing any mute of the same channel and topic.</summary>
    Task AddAsync(Mute mute, CancellationToken cancellationToken);

    /// <summary>Removes the channel's mute of <paramref name="topic"/> (null: every mute of the channel); returns how many.</summary>
    Task<int> RemoveAsync(ChannelAddress channel, string? topic, CancellationToken cancellationToken);

    /// <summary>Mutes in force at <paramref name="now"/> for a channel, or for every channel when it is null.</summary>
    Task<IReadOnlyList<Mute>> ListActiveAsync(ChannelAddress? channel, DateTimeOffset now, CancellationToken cancellationToken);
}
