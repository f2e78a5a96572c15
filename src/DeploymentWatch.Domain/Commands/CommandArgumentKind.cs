namespace DeploymentWatch.Domain.Commands;

/// <summary>The type of a command argument; front ends map it to their own option types (Discord choices, …).</summary>
public enum CommandArgumentKind
{
    /// <summary>One topic id, or "all".</summary>
    Topic,

    /// <summary>Several topic ids separated by spaces, or "all".</summary>
    Topics,

    /// <summary>"30m", "6h", "2d", "until 2025-02-01"; omitted means until unmuted.</summary>
    Duration,

    /// <summary>A figure metric id (killed, wounded, casualties, troops…).</summary>
    Metric,

    /// <summary>A source id or name (kr-nis, NIS, Kyiv…).</summary>
    Source,

    /// <summary>"realtime" or "daily".</summary>
    Mode,

    /// <summary>An hour of the day, 0–23 (UTC).</summary>
    Hour,

    /// <summary>A flag such as "--chart".</summary>
    Flag,

    /// <summary>A command name.</summary>
    CommandName,
}
