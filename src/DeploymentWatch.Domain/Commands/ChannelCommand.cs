using DeploymentWatch.Domain.Figures;
using DeploymentWatch.Domain.Subscriptions;

namespace DeploymentWatch.Domain.Commands;

/// <summary>A command of the shared grammar, parsed and validated.</summary>
public abstract record ChannelCommand(string Name)
{
    public bool ChangesChannel => CommandCatalog.Find(Name)?.ChangesChannel ?? false;
}

/// <summary>Follow these topics (empty: all).</summary>
public sealed record SubscribeCommand(IReadOnlyList<string> Topics) : ChannelCommand("subscribe");

public sealed record UnsubscribeCommand() : ChannelCommand("unsubscribe");

/// <summary>Mute a topic (null: all) until a time (null: until unmuted).</summary>
public sealed record MuteCommand(string? Topic, DateTimeOffset? Until) : ChannelCommand("mute");

/// <summary>Lift the mute of a topic (null: every mute).</summary>
public sealed record UnmuteCommand(string? Topic) : ChannelCommand("unmute");

public sealed record DigestCommand(DeliveryMode Mode, int Hour) : ChannelCommand("digest");

public sealed record StatusCommand() : ChannelCommand("status");

/// <summary>Latest figures for a metric (null: all) from a source id (null: all), optionally as a chart.</summary>
public sealed record FiguresCommand(FigureMetric? Metric, string? Source, bool Chart) : ChannelCommand("figures");

public sealed record LatestCommand(string? Topic) : ChannelCommand("latest");

public sealed record TopicsCommand() : ChannelCommand("topics");

public sealed record HelpCommand(string? Command) : ChannelCommand("help");
