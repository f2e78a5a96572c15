using DeploymentWatch.Domain.Messages;

namespace DeploymentWatch.Discord.Tests.Support;

/// <summary>Alert documents for renderer and delivery tests.</summary>
internal static class SampleDocuments
{
    public static MessageDocument Alert(int number = 1) => new(
        $"NIS: about 300 North Korean soldiers killed in Kursk (#{number})",
        "South Korea's spy agency said about 300 North Korean soldiers had been killed and 2,700 wounded.\nTwo were captured.",
        [
            new MessageField("Topics", "casualties", Inline: true),
            new MessageField("Figures", "killed: about 300 (NIS)\nwounded: 2,700 (NIS)", Inline: true),
            new MessageField("Why", "\"killed\" near \"North Korean soldiers\""),
        ],
        new Uri("https://news.example.org/2025/01/13/nk-troops-kursk"),
        0xC0392B,
        "Yonhap · 13 Jan 2025 09:12 UTC",
        new DateTimeOffset(2025, 1, 13, 9, 12, 0, TimeSpan.Zero));

    public static MessageDocument WithChart() => Alert() with
    {
        Attachment = new MessageAttachment("killed chart.png", "image/png", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }),
    };
}
