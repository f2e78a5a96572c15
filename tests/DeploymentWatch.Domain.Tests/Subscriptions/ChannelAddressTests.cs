using DeploymentWatch.Domain.Subscriptions;

namespace DeploymentWatch.Domain.Tests.Subscriptions;

public class ChannelAddressTests
{
    [Theory]
    [InlineData("console:ops", "console", "local", "ops")]
    [InlineData("discord:123/456", "discord", "123", "456")]
    [InlineData("Slack:T1/C2", "slack", "T1", "C2")]
    public void TryParse_ValidAddress_RoundTrips(string text, string platform, string workspace, string channel)
    {
        Assert.True(ChannelAddress.TryParse(text, out var address));
        Assert.Equal(new ChannelAddress(platform, workspace, channel), address);
        Assert.True(ChannelAddress.TryParse(address!.ToString(), out var again));
        Assert.Equal(address, again);
    }

    [Theory]
    [InlineData("")]
    [InlineData("console")]
    [InlineData(":ops")]
    [InlineData("console:")]
    [InlineData("discord:1/2/3")]
    public void TryParse_Invalid_ReturnsFalse(string text)
    {
        Assert.False(ChannelAddress.TryParse(text, out _));
    }

    [Fact]
    public void Mute_CoversItsTopicUntilItEnds()
    {
        var now = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var mute = new Mute(new ChannelAddress("console", "local", "x"), "casualties", now.AddHours(1));
        Assert.True(mute.Covers("casualties", now));
        Assert.False(mute.Covers("icbm-satellite", now));
        Assert.False(mute.Covers("casualties", now.AddHours(1)));
        Assert.True(new Mute(mute.Channel, null, null).Covers("anything", now.AddYears(5)));
    }
}
