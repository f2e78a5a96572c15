using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Discord.Api;
using DeploymentWatch.Discord.Api.Dtos;

namespace DeploymentWatch.Discord.Alerts;

/// <summary>
/// Maps an API result to what the outbox should do: retry what may heal (rate limits, outages), disable the
/// subscription for what will not (unknown channel, missing access or permissions, a bad token), drop a body
/// Discord refuses.
/// </summary>
internal static class DiscordDeliveryOutcomes
{
    private const int UnknownMessage = 10008;
    private static readonly TimeSpan WhileStopped = TimeSpan.FromMinutes(15);

    public static DeliveryOutcome From(DiscordApiResult<DiscordMessage> result) => result.Failure switch
    {
        DiscordFailure.None => DeliveryOutcome.Delivered(result.Value!.Id),
        DiscordFailure.RateLimited or DiscordFailure.Unavailable or DiscordFailure.Suspended =>
            DeliveryOutcome.Retry(result.RetryAfter ?? TimeSpan.FromSeconds(30), result.Describe()),

        // The request that met the 401 disables its subscription; later ones are never sent and wait for a fixed token.
        DiscordFailure.Unauthorized => DeliveryOutcome.Gone(result.Describe() + "; the bot token is invalid and all Discord traffic is stopped"),
        DiscordFailure.Stopped => DeliveryOutcome.Retry(WhileStopped, "discord " + result.Message),
        DiscordFailure.Forbidden => DeliveryOutcome.Gone(result.Describe()),

        // An edit of a message someone deleted: the channel is fine, only this edit is pointless.
        DiscordFailure.NotFound when result.ErrorCode == UnknownMessage => DeliveryOutcome.Rejected(result.Describe()),
        DiscordFailure.NotFound => DeliveryOutcome.Gone(result.Describe()),
        _ => DeliveryOutcome.Rejected(result.Describe()),
    };
}
