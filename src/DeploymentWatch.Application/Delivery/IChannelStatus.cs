namespace DeploymentWatch.Application.Delivery;

/// <summary>
/// Whether a platform is switched on and healthy, for /healthz: a missing token switches a platform off (and says
/// so); a 401 from the platform stops its traffic until the token is fixed.
/// </summary>
public interface IChannelStatus
{
    string Platform { get; }

    bool Enabled { get; }

    /// <summary>One line for humans: "off: DISCORD_BOT_TOKEN not set", "ok", "stopped: 401 invalid token".</summary>
    string Detail { get; }
}
