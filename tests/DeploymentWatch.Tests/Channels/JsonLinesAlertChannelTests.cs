using System.Text.Json;
using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Channels;
using DeploymentWatch.Domain.Messages;
using DeploymentWatch.Domain.Subscriptions;
using DeploymentWatch.TestKit.Feeds;
using Microsoft.Extensions.Time.Testing;

namespace DeploymentWatch.Tests.Channels;

public class JsonLinesAlertChannelTests
{
    private static readonly MessageDocument Message = new("NIS: about 300 killed", "Summary.", [new MessageField("Topics", "casualties")]);
    private static readonly ChannelAddress Alerts = new("file", ChannelAddress.LocalWorkspace, "alerts");

    [Fact]
    public async Task SendAsync_SameKeyTwiceAcrossRestarts_WritesOneLine()
    {
        using var folder = new TemporaryFolder();
        using (var first = new JsonLinesAlertChannel(folder.Path, new FakeTimeProvider()))
        {
            Assert.Equal(DeliveryStatus.Delivered, (await first.SendAsync(Alerts, Message, "k1", CancellationToken.None)).Status);
            await first.SendAsync(Alerts, Message, "k1", CancellationToken.None);
        }

        using var restarted = new JsonLinesAlertChannel(folder.Path, new FakeTimeProvider());
        await restarted.SendAsync(Alerts, Message, "k1", CancellationToken.None);
        await restarted.SendAsync(Alerts, Message, "k2", CancellationToken.None);

        var lines = await File.ReadAllLinesAsync(Path.Combine(folder.Path, "alerts.jsonl"));
        Assert.Equal(["k1", "k2"], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("key").GetString()));
        Assert.Equal("NIS: about 300 killed", JsonDocument.Parse(lines[0]).RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task SendAsync_LastLineCutShortByAKill_StartsOnANewLineAndResendsThatKey()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "alerts.jsonl");
        using (var before = new JsonLinesAlertChannel(folder.Path, new FakeTimeProvider()))
        {
            await before.SendAsync(Alerts, Message, "k1", CancellationToken.None);
        }

        await File.AppendAllTextAsync(path, "{\"key\":\"k2\",\"ti");
        using var restarted = new JsonLinesAlertChannel(folder.Path, new FakeTimeProvider());
        await restarted.SendAsync(Alerts, Message, "k2", CancellationToken.None);
        await restarted.SendAsync(Alerts, Message, "k3", CancellationToken.None);

        var lines = await File.ReadAllLinesAsync(path);
        Assert.Equal(4, lines.Length);
        Assert.Equal(["k1", "k2", "k3"], lines.Where(l => l.EndsWith('}')).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("key").GetString()));
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData(".hidden")]
    public async Task SendAsync_NameThatIsNotAPlainFileName_DisablesTheChannel(string name)
    {
        using var folder = new TemporaryFolder();
        using var channel = new JsonLinesAlertChannel(folder.Path, new FakeTimeProvider());
        var outcome = await channel.SendAsync(Alerts with { Channel = name }, Message, "k1", CancellationToken.None);
        Assert.Equal(DeliveryStatus.ChannelGone, outcome.Status);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }
}
