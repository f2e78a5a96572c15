using DeploymentWatch.Discord.Gateway;
using DeploymentWatch.TestKit.Logging;
using Discord;
using Microsoft.Extensions.Logging;

namespace DeploymentWatch.Discord.Tests.Gateway;

public class DiscordNetLogBridgeTests
{
    private const string BotToken = "MTE5MDAw.secret-bot.token";
    private const string InteractionToken = "aW50ZXJhY3Rpb246MTE5MDAwMDAwMDAwMDAwMTAwMTpzZWNyZXQ";

    [Fact]
    public async Task LogAsync_MessageAndExceptionWithTokens_WritesThemRedacted()
    {
        var (bridge, provider) = Bridge();

        await bridge.LogAsync(new LogMessage(LogSeverity.Warning, "Rest", $"POST interactions/1190000000000001001/{InteractionToken}/callback failed, Bot {BotToken}",
            new InvalidOperationException($"webhooks/1190000000000000001/{InteractionToken}/messages/@original: 404")));

        var line = Assert.Single(provider.Lines);
        Assert.DoesNotContain(BotToken, line, StringComparison.Ordinal);
        Assert.DoesNotContain("aW50ZXJhY3Rpb246", line, StringComparison.Ordinal);
        Assert.Contains("interactions/1190000000000001001/[token]/callback", line, StringComparison.Ordinal);
        Assert.Contains("InvalidOperationException", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(LogSeverity.Verbose)]
    [InlineData(LogSeverity.Debug)]
    public async Task LogAsync_BelowInfo_WritesNothing(LogSeverity severity)
    {
        var (bridge, provider) = Bridge();

        await bridge.LogAsync(new LogMessage(severity, "Gateway", "Received Dispatch (INTERACTION_CREATE) " + InteractionToken));

        Assert.Empty(provider.Lines);
    }

    [Fact]
    public async Task LogAsync_Info_WritesAtInformation()
    {
        var (bridge, provider) = Bridge();

        await bridge.LogAsync(new LogMessage(LogSeverity.Info, "Gateway", "Connected"));

        Assert.Contains("Discord.Net Gateway: Connected", Assert.Single(provider.Lines), StringComparison.Ordinal);
    }

    private static (DiscordNetLogBridge, CapturingLoggerProvider) Bridge()
    {
        var provider = new CapturingLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(provider).SetMinimumLevel(LogLevel.Trace));
        return (new DiscordNetLogBridge(factory.CreateLogger("Discord.Net"), BotToken), provider);
    }
}
