using DeploymentWatch.Application.Digests;
using DeploymentWatch.Application.Polling;
using DeploymentWatch.Domain.Subscriptions;

namespace DeploymentWatch.Application.Tests.Digests;

public class DigestSenderTests
{
    private static readonly ChannelAddress Morning = new("console", "local", "morning");

    [Fact]
    public async Task QueueDueAsync_BeforeTheHour_QueuesNothing()
    {
        var pipeline = await WithDailySubscription(hour: 10);

        Assert.Equal(0, await pipeline.Digests.QueueDueAsync(CancellationToken.None));
        Assert.DoesNotContain(pipeline.Store.Outbox, r => r.Entry.Key.StartsWith("digest|", StringComparison.Ordinal));
    }

    [Fact]
    public async Task QueueDueAsync_HourHasComeThenLaterRunsAndARestart_QueuesOneDigestForTheDay()
    {
        var pipeline = await WithDailySubscription(hour: 8);
        pipeline.Reader.Serve("news", Pipeline.Casualties(), Pipeline.Satellite());
        await pipeline.Cycle();

        await pipeline.Digests.QueueDueAsync(CancellationToken.None);
        pipeline.Time.Advance(TimeSpan.FromHours(1));
        await pipeline.Digests.QueueDueAsync(CancellationToken.None);
        await new Pipeline(pipeline.Store, pipeline.Time, pipeline.Channel).Digests.QueueDueAsync(CancellationToken.None);
        await pipeline.Dispatcher.DispatchAsync(CancellationToken.None);

        var digest = Assert.Single(pipeline.Channel.Posted, p => p.Key.StartsWith("digest|", StringComparison.Ordinal));
        Assert.Equal("digest|console:morning|2025-01-24", digest.Key);
        Assert.Equal(Morning, digest.Channel);
        var stories = digest.Message.Fields.Single(f => f.Name == "Stories").Value;
        Assert.Contains("North Korean troops suffer losses (Example News, 24 Jan 2025)", stories, StringComparison.Ordinal);
        Assert.Contains("Pyongyang readies launch", stories, StringComparison.Ordinal);
        Assert.Contains("NIS reports for the first time", digest.Message.Fields.Single(f => f.Name == "Figures that changed").Value, StringComparison.Ordinal);
        Assert.DoesNotContain(pipeline.Channel.Posted, p => p.Channel == Morning && p.Key.StartsWith("a-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task QueueDueAsync_NextDay_QueuesTheNextDigest()
    {
        var pipeline = await WithDailySubscription(hour: 8);
        await pipeline.Digests.QueueDueAsync(CancellationToken.None);
        pipeline.Time.Advance(TimeSpan.FromDays(1));
        await pipeline.Digests.QueueDueAsync(CancellationToken.None);

        var keys = pipeline.Store.Outbox.Select(r => r.Entry.Key).Where(k => k.StartsWith("digest|", StringComparison.Ordinal)).ToArray();
        Assert.Equal(["digest|console:morning|2025-01-24", "digest|console:morning|2025-01-25"], keys);
    }

    [Fact]
    public async Task QueueDueAsync_TopicMuted_LeavesItsStoriesOut()
    {
        var pipeline = await WithDailySubscription(hour: 8);
        await pipeline.Run("mute casualties", Morning);
        pipeline.Reader.Serve("news", Pipeline.Casualties(), Pipeline.Satellite());
        await pipeline.Cycle();

        await pipeline.Digests.QueueDueAsync(CancellationToken.None);

        var digest = Assert.Single(pipeline.Store.Outbox, r => r.Entry.Key.StartsWith("digest|", StringComparison.Ordinal)).Entry.Document;
        var stories = digest.Fields.Single(f => f.Name == "Stories").Value;
        Assert.Contains("Pyongyang readies launch", stories, StringComparison.Ordinal);
        Assert.DoesNotContain("losses", stories, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueueDueAsync_EverythingMuted_QueuesNothing()
    {
        var pipeline = await WithDailySubscription(hour: 8);
        await pipeline.Run("mute all", Morning);

        Assert.Equal(0, await pipeline.Digests.QueueDueAsync(CancellationToken.None));
    }

    private static async Task<Pipeline> WithDailySubscription(int hour)
    {
        var pipeline = new Pipeline();
        await pipeline.Run("subscribe", Morning);
        var reply = await pipeline.Run($"digest daily {hour}", Morning);
        Assert.False(reply.IsError, reply.Message.Text);
        return pipeline;
    }
}
