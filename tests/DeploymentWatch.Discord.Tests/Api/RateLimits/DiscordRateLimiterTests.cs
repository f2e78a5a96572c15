using DeploymentWatch.Discord.Api;
using DeploymentWatch.Discord.Api.RateLimits;
using DeploymentWatch.Discord.Tests.Support;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DeploymentWatch.Discord.Tests.Api.RateLimits;

public class DiscordRateLimiterTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(30);
    private readonly FakeTimeProvider _time = FakeTime.Create();
    private readonly DiscordRateLimiter _limiter;

    public DiscordRateLimiterTests() => _limiter = new DiscordRateLimiter(_time, Options.Create(new DiscordOptions()));

    [Fact]
    public async Task AcquireAsync_UnknownBucket_AdmitsOneRequestAtATime()
    {
        var route = DiscordRoute.CreateMessage("1");
        var (first, _) = await _limiter.AcquireAsync(route, Deadline(), CancellationToken.None);
        var second = _limiter.AcquireAsync(route, Deadline(), CancellationToken.None);

        Assert.NotNull(first);
        Assert.False(second.IsCompleted);
        first!.Complete(Headers(remaining: 4, resetAfter: 5), rateLimited: false);
        var (lease, _) = await second.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.NotNull(lease);
    }

    [Fact]
    public async Task AcquireAsync_ExhaustedBucket_WaitsUntilResetAfterPlusMargin()
    {
        var route = DiscordRoute.CreateMessage("1");
        (await _limiter.AcquireAsync(route, Deadline(), CancellationToken.None)).Lease!.Complete(Headers(remaining: 0, resetAfter: 5), false);

        var next = _limiter.AcquireAsync(route, Deadline(), CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(5));
        Assert.False(next.IsCompleted);
        _time.Advance(DiscordBucket.ResetMargin);

        Assert.NotNull((await next.WaitAsync(TimeSpan.FromSeconds(10))).Lease);
    }

    [Fact]
    public async Task AcquireAsync_ResetBeyondDeadline_ReturnsTheWaitWithoutALease()
    {
        var route = DiscordRoute.CreateMessage("1");
        (await _limiter.AcquireAsync(route, Deadline(), CancellationToken.None)).Lease!.Complete(Headers(remaining: 0, resetAfter: 60), false);

        var (lease, wait) = await _limiter.AcquireAsync(route, Deadline(), CancellationToken.None);

        Assert.Null(lease);
        Assert.Equal(TimeSpan.FromSeconds(60) + DiscordBucket.ResetMargin, wait);
    }

    [Fact]
    public async Task AcquireAsync_OtherChannelWhileOneWaits_IsNotBlocked()
    {
        (await _limiter.AcquireAsync(DiscordRoute.CreateMessage("1"), Deadline(), CancellationToken.None)).Lease!.Complete(Headers(0, 5), false);
        var waiting = _limiter.AcquireAsync(DiscordRoute.CreateMessage("1"), Deadline(), CancellationToken.None);

        var other = _limiter.AcquireAsync(DiscordRoute.CreateMessage("2"), Deadline(), CancellationToken.None);

        Assert.True(other.IsCompletedSuccessfully);
        Assert.NotNull((await other).Lease);
        Assert.False(waiting.IsCompleted);
    }

    [Fact]
    public async Task AcquireAsync_RoutesSharingABucketHash_ShareTheLimitForTheSameChannel()
    {
        (await _limiter.AcquireAsync(DiscordRoute.CreateMessage("1"), Deadline(), CancellationToken.None)).Lease!.Complete(Headers(0, 5, "shared-hash"), false);
        (await _limiter.AcquireAsync(DiscordRoute.EditMessage("1", "9"), Deadline(), CancellationToken.None)).Lease!.Complete(Headers(0, 5, "shared-hash"), false);

        var edit = _limiter.AcquireAsync(DiscordRoute.EditMessage("1", "9"), Deadline(), CancellationToken.None);
        var otherChannel = _limiter.AcquireAsync(DiscordRoute.EditMessage("2", "9"), Deadline(), CancellationToken.None);

        Assert.False(edit.IsCompleted);
        Assert.True(otherChannel.IsCompletedSuccessfully);
        _time.Advance(TimeSpan.FromSeconds(5) + DiscordBucket.ResetMargin);
        Assert.NotNull((await edit.WaitAsync(TimeSpan.FromSeconds(10))).Lease);
    }

    [Fact]
    public async Task AcquireAsync_QueueWaitBeyondDeadline_GivesUpWithoutALease()
    {
        var route = DiscordRoute.CreateMessage("1");
        var (held, _) = await _limiter.AcquireAsync(route, Deadline(), CancellationToken.None);
        var queued = _limiter.AcquireAsync(route, _time.GetUtcNow() + TimeSpan.FromSeconds(2), CancellationToken.None);

        _time.Advance(TimeSpan.FromSeconds(3));
        var (lease, wait) = await queued.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Null(lease);
        Assert.True(wait >= TimeSpan.FromSeconds(1));
        held!.Complete(null, false);
    }

    [Fact]
    public async Task AcquireAsync_IdleBuckets_AreForgottenAfterFiveMinutes()
    {
        foreach (var channel in new[] { "1", "2", "3" })
        {
            (await _limiter.AcquireAsync(DiscordRoute.CreateMessage(channel), Deadline(), CancellationToken.None)).Lease!.Complete(Headers(4, 5), false);
        }

        Assert.Equal(3, _limiter.BucketCount);
        _time.Advance(TimeSpan.FromMinutes(6));
        (await _limiter.AcquireAsync(DiscordRoute.CreateMessage("4"), Deadline(), CancellationToken.None)).Lease!.Complete(null, false);

        Assert.Equal(1, _limiter.BucketCount);
    }

    private DateTimeOffset Deadline() => _time.GetUtcNow() + Budget;

    private static DiscordRateLimitHeaders Headers(int remaining, double resetAfter, string? bucket = null) =>
        new(5, remaining, TimeSpan.FromSeconds(resetAfter), bucket, false, null, null);
}
