namespace DeploymentWatch.Composition;

/// <summary>
/// The console channel: on by default, and (unless AutoSubscribe is false) the channel "console:default" follows
/// every topic, so a fresh install shows its alerts in the terminal.
/// </summary>
public sealed class ConsoleChannelOptions
{
    public const string SectionName = "Channels:Console";

    public bool AutoSubscribe { get; set; } = true;

    public string DefaultChannel { get; set; } = "console:default";
}
