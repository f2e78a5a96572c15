namespace DeploymentWatch.TestKit.Discord;

/// <summary>
/// The rate limits the fake enforces: each route + major id (channel) gets <see cref="PerBucket"/> requests per
/// <see cref="BucketWindow"/> (Discord's message route: 5 per 5 s), and the bot <see cref="Global"/> per second.
/// </summary>
public sealed record FakeDiscordLimits(int PerBucket, TimeSpan BucketWindow, int Global = 50)
{
    public static FakeDiscordLimits DiscordLike { get; } = new(5, TimeSpan.FromSeconds(5));

    /// <summary>Effectively unlimited, but with real headers, so clients still learn buckets.</summary>
    public static FakeDiscordLimits Generous { get; } = new(10_000, TimeSpan.FromSeconds(1), 10_000);
}
