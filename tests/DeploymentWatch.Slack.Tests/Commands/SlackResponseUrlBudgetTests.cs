using DeploymentWatch.Slack.Commands;
using Microsoft.Extensions.Time.Testing;

namespace DeploymentWatch.Slack.Tests.Commands;

public class SlackResponseUrlBudgetTests
{
    private static readonly Uri Url = new("https://hooks.slack.com/commands/T1/1/abc");
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2025, 1, 13, 7, 0, 0, TimeSpan.Zero));

    [Fact]
    public void TryConsume_SixthPostWithinThirtyMinutes_IsRefused()
    {
        var budget = new SlackResponseUrlBudget(time);
        budget.Register(Url);

        var answers = Enumerable.Range(0, 6).Select(_ => budget.TryConsume(Url)).ToList();

        Assert.Equal([true, true, true, true, true, false], answers);
    }

    [Fact]
    public void TryConsume_AfterThirtyMinutes_IsRefused()
    {
        var budget = new SlackResponseUrlBudget(time);
        budget.Register(Url);
        time.Advance(TimeSpan.FromMinutes(30) + TimeSpan.FromSeconds(1));

        Assert.False(budget.TryConsume(Url));
    }

    [Fact]
    public void TryConsume_OtherUrl_HasItsOwnBudget()
    {
        var budget = new SlackResponseUrlBudget(time);
        var other = new Uri("https://hooks.slack.com/commands/T1/2/def");
        budget.Register(Url);
        budget.Register(other);
        for (var i = 0; i < 5; i++)
        {
            budget.TryConsume(Url);
        }

        Assert.True(budget.TryConsume(other));
        Assert.False(budget.TryConsume(Url));
    }
}
