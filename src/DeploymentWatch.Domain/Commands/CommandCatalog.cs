namespace DeploymentWatch.Domain.Commands;

/// <summary>The commands, defined once: help text, examples and every front end's registration come from here.</summary>
public static class CommandCatalog
{
    public static IReadOnlyList<CommandSpec> Commands { get; } =
    [
        new("subscribe", "Post alerts for some topics (or all) in this channel; run it again to change the topics.",
            "subscribe [topic ...|all]", "subscribe casualties icbm-satellite", true,
            [new("topics", CommandArgumentKind.Topics, false, "Topics to follow (default: all)")]),
        new("unsubscribe", "Stop posting alerts in this channel.",
            "unsubscribe", "unsubscribe", true, []),
        new("mute", "Silence a topic (or all) for a while or until unmuted; muted alerts are skipped, not queued.",
            "mute <topic|all> [30m|6h|2d|until YYYY-MM-DD]", "mute casualties 6h", true,
            [
                new("topic", CommandArgumentKind.Topic, true, "Topic to mute, or all"),
                new("duration", CommandArgumentKind.Duration, false, "30m, 6h, 2d or until 2025-02-01 (default: until unmuted)"),
            ]),
        new("unmute", "Lift a mute (or every mute of this channel).",
            "unmute [topic|all]", "unmute casualties", true,
            [new("topic", CommandArgumentKind.Topic, false, "Topic to unmute (default: all)")]),
        new("digest", "Get each alert as it happens (realtime) or one digest a day at an hour (UTC).",
            "digest <realtime|daily> [hour]", "digest daily 8", true,
            [
                new("mode", CommandArgumentKind.Mode, true, "realtime or daily"),
                new("hour", CommandArgumentKind.Hour, false, "Hour of the daily digest, 0-23 UTC (default 8)"),
            ]),
        new("status", "Show this channel's subscription, delivery mode and active mutes.",
            "status", "status", false, []),
        new("figures", "The latest reported figure per source, attributed and dated; --chart draws how they moved.",
            "figures [metric] [source] [--chart]", "figures killed", false,
            [
                new("metric", CommandArgumentKind.Metric, false, "killed, wounded, casualties, captured, troops, troops-frontline, troops-planned or troops-additional"),
                new("source", CommandArgumentKind.Source, false, "Only this source (e.g. NIS, JCS, Kyiv)"),
                new("chart", CommandArgumentKind.Flag, false, "Attach a chart of the metric over time"),
            ]),
        new("latest", "The most recent alerts, optionally for one topic.",
            "latest [topic]", "latest icbm-satellite", false,
            [new("topic", CommandArgumentKind.Topic, false, "Only this topic")]),
        new("topics", "List the topics with their descriptions.",
            "topics", "topics", false, []),
        new("help", "Explain every command, or one, with an example.",
            "help [command]", "help mute", false,
            [new("command", CommandArgumentKind.CommandName, false, "A command to explain")]),
    ];

    public static CommandSpec? Find(string name) =>
        Commands.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
}
