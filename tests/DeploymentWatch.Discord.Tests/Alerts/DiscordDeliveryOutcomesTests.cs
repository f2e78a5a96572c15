using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Discord.Alerts;
using DeploymentWatch.Discord.Api;
using DeploymentWatch.Discord.Api.Dtos;

namespace DeploymentWatch.Discord.Tests.Alerts;

public class DiscordDeliveryOutcomesTests
{
    [Theory]
    [InlineData(nameof(DiscordFailure.RateLimited), 429, null, "RetryLater")]
    [InlineData(nameof(DiscordFailure.Unavailable), 503, null, "RetryLater")]
    [InlineData(nameof(DiscordFailure.Suspended), null, null, "RetryLater")]
    [InlineData(nameof(DiscordFailure.Stopped), null, null, "TokenDead")]
    [InlineData(nameof(DiscordFailure.Unauthorized), 401, 0, "TokenDead")]
    [InlineData(nameof(DiscordFailure.Forbidden), 403, 50001, "ChannelGone")]
    [InlineData(nameof(DiscordFailure.Forbidden), 403, 50013, "ChannelGone")]
    [InlineData(nameof(DiscordFailure.NotFound), 404, 10003, "ChannelGone")]
    [InlineData(nameof(DiscordFailure.NotFound), 404, 10008, "Rejected")]
    [InlineData(nameof(DiscordFailure.Invalid), 400, 50035, "Rejected")]
    [InlineData(nameof(DiscordFailure.Invalid), 413, null, "Rejected")]
    public void From_Failure_MapsToWhatTheOutboxShouldDo(string failure, int? status, int? code, string expected)
    {
        var outcome = DiscordDeliveryOutcomes.From(DiscordApiResult<DiscordMessage>.Fail(Enum.Parse<DiscordFailure>(failure), "message", status, code, TimeSpan.FromSeconds(7)));

        Assert.Equal(Enum.Parse<DeliveryStatus>(expected), outcome.Status);
        Assert.False(string.IsNullOrEmpty(outcome.Reason));
        Assert.Equal(outcome.Status == DeliveryStatus.RetryLater, outcome.RetryAfter is not null);
    }

    [Fact]
    public void From_Success_IsDeliveredWithTheMessageIdAsRef()
    {
        var outcome = DiscordDeliveryOutcomes.From(DiscordApiResult<DiscordMessage>.Ok(new DiscordMessage("1300000000000000001", "7")));

        Assert.Equal(DeliveryOutcome.Delivered("1300000000000000001"), outcome);
    }
}
