namespace DeploymentWatch.Discord.Gateway;

/// <summary>The Gateway connection as /healthz shows it: off, standby (another instance holds it), connecting, connected…</summary>
internal sealed class DiscordGatewayStatus
{
    private volatile string _state = "off";
    private int _connections;

    public string State => _state;

    /// <summary>Connections opened in this process (the first, then every reconnect or resume).</summary>
    public int Connections => Volatile.Read(ref _connections);

    public void Set(string state) => _state = state;

    public void Connected()
    {
        Interlocked.Increment(ref _connections);
        _state = "connected";
    }

    public string Describe() => Connections > 1 ? $"{State} (reconnected {Connections - 1}×)" : State;
}
