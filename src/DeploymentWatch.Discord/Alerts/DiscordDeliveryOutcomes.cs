using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Discord.Api;
using DeploymentWatch.Discord.Api.Dtos;

namespace DeploymentWatch.Discord.Alerts;

/// <summary>
/// Maps an API result to a typed outcome; the outbox decides what follows. Rate limits and outages: later. A bad or
/// missing token: the token is dead (every Discord channel waits for a fixed one, nothing is dropped). Unknown channel,
/// missing access or permissions: the channel is gone. A body Discord refuses: a permanent refusal of that message.
/// </summary>
internal static class DiscordDeliveryOutcomes
{
    private const int UnknownMessage = 10008;
    public static DeliveryOutcome From(DiscordApiResult<DiscordMessage> result) => result.Failure switch
    {
        DiscordFailure.None => DeliveryOutcome.Delivered(result.Value!.Id),
        DiscordFailure.RateLimited or DiscordFailure.Unavailable or DiscordFailure.Suspended =>
            DeliveryOutcome.Retry(result.RetryAfter ?? TimeSpan.FromSeconds(30), result.Describe()),

        // After a 401 the gate stops all Discord traffic; later sends are never made and wait for a fixed token.
        DiscordFailure.Unauthorized => DeliveryOutcome.TokenDead(result.Describe() + "; the bot token is invalid and all Discord traffic is stopped"),
        DiscordFailure.Stopped => DeliveryOutcome.TokenDead("discord " + result.Message),
        DiscordFailure.Forbidden => DeliveryOutcome.Gone(result.Describe()),

        // An edit of a message someone deleted: the channel is fine, only this edit is pointless.
        DiscordFailure.NotFound when result.ErrorCode == UnknownMessage => DeliveryOutcome.Rejected(result.Describe()),
        DiscordFailure.NotFound => DeliveryOutcome.Gone(result.Describe()),
        _ => DeliveryOutcome.Rejected(result.Describe()),
    };
}
