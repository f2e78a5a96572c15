using DeploymentWatch.Discord.Api.RateLimits;
using DeploymentWatch.Discord.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace DeploymentWatch.Discord.Tests.Api.RateLimits;

public class DiscordGlobalLimiterTests
{
    private readonly FakeTimeProvider _time = FakeTime.Create();

    [Fact]
    public async Task AcquireAsync_FiftyFirstRequest_WaitsUntilOneSecondAfterAResponse()
    {
        var limiter = new DiscordGlobalLimiter(50, _time);
        for (var i = 0; i < 50; i++)
        {
            Assert.Null(await limiter.AcquireAsync(Deadline(), CancellationToken.None));
            limiter.Release();
        }

        var fiftyFirst = limiter.AcquireAsync(Deadline(), CancellationToken.None);
        _time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(fiftyFirst.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Null(await fiftyFirst.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task AcquireAsync_SlotsStillInFlight_AreHeldUntilTheirResponsePlusOneSecond()
    {
        // The waiter re-checks on pool threads after each wake-up, so the test moves the clock only once the
        // waiter has parked again on its one-second timer; otherwise a move could land between the waiter
        // reading the clock and starting its timer.
        var time = new ObservedFakeTime();
        var limiter = new DiscordGlobalLimiter(50, time);
        for (var i = 0; i < 50; i++)
        {
            Assert.Null(await limiter.AcquireAsync(time.GetUtcNow() + TimeSpan.FromSeconds(30), CancellationToken.None));
        }

        var fiftyFirst = limiter.AcquireAsync(time.GetUtcNow() + TimeSpan.FromSeconds(30), CancellationToken.None);
        await time.WaitForTimerAsync(TimeSpan.FromSeconds(1));
        time.Advance(TimeSpan.FromSeconds(5));
        await time.WaitForTimerAsync(TimeSpan.FromSeconds(1));
        Assert.False(fiftyFirst.IsCompleted);

        limiter.Release();
        await time.WaitForTimerAsync(TimeSpan.FromSeconds(1));
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(fiftyFirst.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Null(await fiftyFirst.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Pause_GlobalRateLimit_HoldsEveryRequestUntilRetryAfter()
    {
        var limiter = new DiscordGlobalLimiter(50, _time);
        limiter.Pause(TimeSpan.FromSeconds(3));

        var request = limiter.AcquireAsync(Deadline(), CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(2.9));
        Assert.False(request.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(0.1));

        Assert.Null(await request.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task AcquireAsync_PauseBeyondDeadline_ReturnsTheWait()
    {
        var limiter = new DiscordGlobalLimiter(50, _time);
        limiter.Pause(TimeSpan.FromMinutes(2));

        var wait = await limiter.AcquireAsync(Deadline(), CancellationToken.None);

        Assert.Equal(TimeSpan.FromMinutes(2), wait);
    }

    private DateTimeOffset Deadline() => _time.GetUtcNow() + TimeSpan.FromSeconds(30);
}
