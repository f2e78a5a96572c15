using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Discord.Api;
using DeploymentWatch.Discord.Api.Dtos;
using DeploymentWatch.Domain.Messages;
using DeploymentWatch.Domain.Subscriptions;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Discord.Alerts;

/// <summary>
/// Posts alerts to Discord channels: one embed per alert, mention-safe, with a nonce from the idempotency key and
/// enforce_nonce so a retried send never posts twice. The MessageRef is the Discord message id.
/// </summary>
internal sealed class DiscordAlertChannel(IDiscordApiClient client, IOptions<DiscordOptions> options) : IAlertChannel
{
    public const string PlatformName = "discord";

    public string Platform => PlatformName;

    public async Task<DeliveryOutcome> SendAsync(ChannelAddress channel, MessageDocument message, string idempotencyKey, CancellationToken cancellationToken)
    {
        if (Refuse(channel) is { } refused)
        {
            return refused;
        }

        var rendered = DiscordEmbedRenderer.Render(message);
        var payload = new DiscordMessagePayload
        {
            Embeds = [rendered.Embed],
            Nonce = DiscordNonce.From(idempotencyKey),
            EnforceNonce = true,
            Attachments = rendered.Upload is null ? null : rendered.Attachments,
        };
        return DiscordDeliveryOutcomes.From(await client.CreateMessageAsync(channel.Channel, payload, rendered.Upload, cancellationToken));
    }

    public async Task<DeliveryOutcome> EditAsync(ChannelAddress channel, string messageRef, MessageDocument message, CancellationToken cancellationToken)
    {
        if (Refuse(channel) is { } refused)
        {
            return refused;
        }

        if (!DiscordOptionsValidator.IsSnowflake(messageRef))
        {
            return DeliveryOutcome.Rejected($"not a Discord message id: {messageRef}");
        }

        var rendered = DiscordEmbedRenderer.Render(message);

        // attachments is always sent on an edit: [] removes a chart the new version no longer has.
        var payload = new DiscordMessagePayload { Embeds = [rendered.Embed], Attachments = rendered.Attachments };
        return DiscordDeliveryOutcomes.From(await client.EditMessageAsync(channel.Channel, messageRef, payload, rendered.Upload, cancellationToken));
    }

    private DeliveryOutcome? Refuse(ChannelAddress channel)
    {
        if (!options.Value.Enabled)
        {
            // Kept in the outbox, not dropped: setting the token and restarting delivers it.
            return DeliveryOutcome.TokenDead("discord off: DISCORD_BOT_TOKEN not set");
        }

        if (!string.Equals(channel.Platform, PlatformName, StringComparison.OrdinalIgnoreCase))
        {
            return DeliveryOutcome.Rejected($"{channel} is not a Discord channel");
        }

        return DiscordOptionsValidator.IsSnowflake(channel.Channel) ? null : DeliveryOutcome.Gone($"not a Discord channel id: {channel.Channel}");
    }
}
