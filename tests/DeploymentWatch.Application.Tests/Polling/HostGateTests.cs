using DeploymentWatch.Application.Polling;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DeploymentWatch.Application.Tests.Polling;

public class HostGateTests
{
    private static readonly FeedDefinition A1 = new("a1", "https://a.example/1", null, null, null);
    private static readonly FeedDefinition A2 = new("a2", "https://a.example/2", null, null, null);
    private static readonly FeedDefinition B1 = new("b1", "https://b.example/1", null, null, null);

    [Fact]
    public async Task EnterAsync_SameHost_StartsAreSpacedByTheOption()
    {
        var time = new FakeTimeProvider(Pipeline.Start);
        var gate = new HostGate(Options.Create(new PollingOptions { MaxPerHost = 4, HostSpacing = TimeSpan.FromSeconds(2) }), time);

        using var first = await gate.EnterAsync(A1, CancellationToken.None);
        var second = gate.EnterAsync(A2, CancellationToken.None);
        var otherHost = gate.EnterAsync(B1, CancellationToken.None);

        Assert.True(otherHost.IsCompleted);
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(2));
        (await second).Dispose();
        (await otherHost).Dispose();
    }

    [Fact]
    public async Task EnterAsync_SameHostAtItsLimit_WaitsForARequestToFinish()
    {
        var time = new FakeTimeProvider(Pipeline.Start);
        var gate = new HostGate(Options.Create(new PollingOptions { MaxPerHost = 1, HostSpacing = TimeSpan.Zero }), time);

        var first = await gate.EnterAsync(A1, CancellationToken.None);
        var second = gate.EnterAsync(A2, CancellationToken.None);

        Assert.False(second.IsCompleted);
        first.Dispose();
        (await second).Dispose();
    }

    [Fact]
    public async Task EnterAsync_LocalSource_IsNotThrottled()
    {
        var time = new FakeTimeProvider(Pipeline.Start);
        var gate = new HostGate(Options.Create(new PollingOptions { MaxPerHost = 1, HostSpacing = TimeSpan.FromMinutes(1) }), time);
        var local = new FeedDefinition("seeds", "seeds", null, null, null);

        using var first = await gate.EnterAsync(local, CancellationToken.None);
        var second = gate.EnterAsync(local, CancellationToken.None);

        Assert.True(second.IsCompleted);
        (await second).Dispose();
    }
}
