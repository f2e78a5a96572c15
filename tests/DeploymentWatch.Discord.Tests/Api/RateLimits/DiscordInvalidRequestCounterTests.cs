using DeploymentWatch.Discord.Api.RateLimits;
using DeploymentWatch.Discord.Tests.Support;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DeploymentWatch.Discord.Tests.Api.RateLimits;

public class DiscordInvalidRequestCounterTests
{
    private readonly FakeTimeProvider _time = FakeTime.Create();

    [Fact]
    public void Count_RecordsOlderThanTenMinutes_AreForgotten()
    {
        var counter = new DiscordInvalidRequestCounter(_time);
        counter.Record();
        counter.Record();
        _time.Advance(TimeSpan.FromMinutes(6));
        counter.Record();

        Assert.Equal(3, counter.Count());
        _time.Advance(TimeSpan.FromMinutes(4) + TimeSpan.FromSeconds(1));
        Assert.Equal(1, counter.Count());
        _time.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(0, counter.Count());
    }

    [Fact]
    public void IsSuspended_AtTheConfiguredLimit_IsTrue()
    {
        var counter = new DiscordInvalidRequestCounter(_time);
        var gate = new DiscordTrafficGate(counter, Options.Create(new DiscordOptions { InvalidRequestLimit = 5 }));
        for (var i = 0; i < 4; i++)
        {
            gate.RecordInvalidRequest();
        }

        Assert.False(gate.IsSuspended);
        gate.RecordInvalidRequest();
        Assert.True(gate.IsSuspended);
    }
}
