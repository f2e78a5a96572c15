namespace DeploymentWatch.Slack.SocketMode;

/// <summary>How one Socket Mode connection ended, which decides how soon (and whether) to reconnect.</summary>
internal enum SlackSocketSessionEnd
{
    /// <summary>Slack sent disconnect (refresh_requested, warning…): reconnect now with a fresh URL.</summary>
    RefreshRequested,

    /// <summary>Socket Mode was switched off for the app (link_disabled): stop.</summary>
    Disabled,

    /// <summary>The connection failed or closed before hello: back off longer each time.</summary>
    DroppedBeforeHello,

    /// <summary>A working connection dropped: back off from the start.</summary>
    DroppedAfterHello,
}
