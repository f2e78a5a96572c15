using DeploymentWatch.Domain.Messages;

namespace DeploymentWatch.Slack.Tests.Alerts;

/// <summary>Alert documents for renderer and delivery tests, shaped like the seed alerts.</summary>
public static class SampleAlerts
{
    public static MessageDocument Casualties() => new(
        "NIS: about 300 North Korean soldiers killed in Kursk",
        "South Korea's spy agency told lawmakers that around 300 North Korean troops have been killed and 2,700 wounded "
        + "fighting for Russia in the Kursk region.\nThe figures could not be independently verified.",
        [
            new MessageField("Topics", "casualties, deployment", true),
            new MessageField("Killed", "~300 (NIS, 2025-01-13)", true),
            new MessageField("Wounded", "~2,700 (NIS, 2025-01-13)", true),
        ],
        new Uri("https://news.example/nis-briefing-kursk?id=42&lang=en"),
        0xC0392B,
        "Yonhap · 13 Jan 2025",
        new DateTimeOffset(2025, 1, 13, 6, 30, 0, TimeSpan.Zero));

    public static MessageDocument Hostile() => new(
        "<!channel> Breaking & urgent",
        "Click <https://evil.example|the official report> now <!everyone> <@U0ADMIN> & more",
        [new MessageField("<!here>", "<https://evil.example|x>")],
        Footer: "<!subteam^S123> outlet & co");
}
