using System.Globalization;
using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Application.Subscriptions;
using DeploymentWatch.Domain.Commands;
using DeploymentWatch.Domain.Messages;
using DeploymentWatch.Domain.Subscriptions;

namespace DeploymentWatch.Application.Commands;

/// <summary>The commands that change or show what a channel receives: subscribe, unsubscribe, mute, unmute, digest, status.</summary>
public sealed class ChannelSettingsCommands(
    ISubscriptionStore subscriptions,
    IMuteStore mutes,
    IOutboxStore outbox,
    CatchUpBuilder catchUp,
    TimeProvider time)
{
    public async Task<CommandReply> ExecuteAsync(ChannelAddress channel, ChannelCommand command, CancellationToken cancellationToken)
    {
        var current = await subscriptions.GetAsync(channel, cancellationToken);
        if (command is SubscribeCommand subscribe)
        {
            return await SubscribeAsync(channel, current, subscribe, cancellationToken);
        }

        if (current is null)
        {
            return command is StatusCommand
                ? Ok("Status", "This channel is not subscribed. Start with `subscribe` (all topics) or `subscribe casualties`.")
                : CommandReply.Error("Not subscribed", $"This channel is not subscribed, so there is nothing to {command.Name}. Start with `subscribe`.");
        }

        return command switch
        {
            UnsubscribeCommand => await UnsubscribeAsync(channel, cancellationToken),
            MuteCommand mute => await MuteAsync(channel, mute, cancellationToken),
            UnmuteCommand unmute => await UnmuteAsync(channel, unmute, cancellationToken),
            DigestCommand digest => await DigestAsync(current, digest, cancellationToken),
            _ => await StatusAsync(current, cancellationToken),
        };
    }

    private async Task<CommandReply> SubscribeAsync(ChannelAddress channel, Subscription? current, SubscribeCommand command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var topics = new HashSet<string>(command.Topics, StringComparer.OrdinalIgnoreCase);
        var updated = current is null
            ? new Subscription(channel, topics, DeliveryMode.Realtime, CommandParser.DefaultDigestHour, now)
            : current with { Topics = topics, DisabledReason = null };
        await subscriptions.UpsertAsync(updated, cancellationToken);
        var what = topics.Count == 0 ? "all topics" : string.Join(", ", command.Topics);
        if (current is not null)
        {
            return Ok("Subscription updated", $"This channel now follows {what}.");
        }

        // A new channel gets one catch-up message instead of a flood of old alerts.
        var document = await catchUp.BuildAsync(updated, cancellationToken);
        var key = $"catchup|{channel}|{now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)}";
        await outbox.EnqueueAsync([new OutboxEntry(0, key, channel, document, null, null, 0, now)], cancellationToken);
        return Ok("Subscribed", $"This channel now gets alerts for {what}. A catch-up message with the current figures follows.");
    }

    private async Task<CommandReply> UnsubscribeAsync(ChannelAddress channel, CancellationToken cancellationToken)
    {
        await subscriptions.RemoveAsync(channel, cancellationToken);
        await mutes.RemoveAsync(channel, null, cancellationToken);
        await outbox.CancelPendingAsync(channel, "unsubscribed", cancellationToken);
        return Ok("Unsubscribed", "This channel gets no more alerts. `subscribe` brings them back.");
    }

    private async Task<CommandReply> MuteAsync(ChannelAddress channel, MuteCommand command, CancellationToken cancellationToken)
    {
        await mutes.AddAsync(new Mute(channel, command.Topic, command.Until), cancellationToken);
        var what = command.Topic ?? "all topics";
        var until = command.Until is { } end ? $"until {Format(end)}" : "until you `unmute`";
        return Ok("Muted", $"Muted {what} {until}. Muted alerts are skipped, not saved for later.");
    }

    private async Task<CommandReply> UnmuteAsync(ChannelAddress channel, UnmuteCommand command, CancellationToken cancellationToken)
    {
        var removed = await mutes.RemoveAsync(channel, command.Topic, cancellationToken);
        var what = command.Topic ?? "all topics";
        return removed == 0
            ? CommandReply.Error("Nothing to unmute", $"{what} was not muted here. `status` lists the active mutes.")
            : Ok("Unmuted", $"Unmuted {what}.");
    }

    private async Task<CommandReply> DigestAsync(Subscription current, DigestCommand command, CancellationToken cancellationToken)
    {
        await subscriptions.UpsertAsync(current with { Mode = command.Mode, DigestHour = command.Hour }, cancellationToken);
        return command.Mode == DeliveryMode.Daily
            ? Ok("Daily digest", $"This channel now gets one digest a day at {command.Hour:00}:00 UTC instead of each alert.")
            : Ok("Realtime", "This channel now gets each alert as it happens.");
    }

    private async Task<CommandReply> StatusAsync(Subscription current, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var active = await mutes.ListActiveAsync(current.Channel, now, cancellationToken);
        var fields = new List<MessageField>
        {
            new("Topics", current.Topics.Count == 0 ? "all" : string.Join(", ", current.Topics.Order(StringComparer.Ordinal)), Inline: true),
            new("Delivery", current.Mode == DeliveryMode.Daily ? $"daily digest at {current.DigestHour:00}:00 UTC" : "realtime", Inline: true),
            new("Mutes", active.Count == 0 ? "none" : string.Join('\n', active.Select(m => $"{m.Topic ?? "all topics"}: {(m.Until is { } u ? "until " + Format(u) : "until unmuted")}"))),
        };
        if (current.IsDisabled)
        {
            fields.Add(new MessageField("Disabled", current.DisabledReason! + " — fix it, then `subscribe` again."));
        }

        // Delivery problems the outbox is handling: a pause of this channel or its platform, the last refused message.
        foreach (var pause in (await outbox.ListPausesAsync(now, cancellationToken)).Where(p => p.Holds(current.Channel)))
        {
            fields.Add(new MessageField("Paused", $"until {Format(pause.Until)}: {pause.Reason}. Waiting alerts are kept."));
        }

        if (await outbox.LastRefusalAsync(current.Channel, cancellationToken) is { } refusal)
        {
            fields.Add(new MessageField("Last refused message", refusal));
        }

        return new CommandReply(new MessageDocument("Status", $"Subscribed since {Format(current.CreatedAt)}.", fields), false);
    }

    private static string Format(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static CommandReply Ok(string title, string text) => new(MessageDocument.Plain(title, text), false);
}
