using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Discord.Api;
using DeploymentWatch.Discord.Api.Dtos;
using DeploymentWatch.Discord.Commands;
using DeploymentWatch.Discord.Tests.Support;
using DeploymentWatch.Domain.Subscriptions;
using DeploymentWatch.TestKit.Discord;
using DeploymentWatch.TestKit.Logging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DeploymentWatch.Discord.Tests;

/// <summary>The bot token and interaction tokens are secrets: no log line ever holds one, whatever goes wrong.</summary>
public class DiscordSecretsTests
{
    private const string InteractionToken = "aW50ZXJhY3Rpb246c2VjcmV0LXRva2Vu";

    [Fact]
    public async Task Logs_RateLimitsErrorsAndA401_NeverContainTheBotOrInteractionToken()
    {
        await using var fake = await FakeDiscordApi.StartAsync(token: "bot-token.that-must-stay-secret");
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection().AddDiscordForTests(DiscordTestServices.Configuration(fake));
        services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        await using var provider = services.BuildServiceProvider();
        var channel = provider.GetServices<IAlertChannel>().Single(c => c.Platform == "discord");
        var client = provider.GetRequiredService<IDiscordApiClient>();
        fake.Script(FakeDiscordFault.RateLimited(0.05), "700000000000000001");
        fake.Script(FakeDiscordFault.ServerError(502), "700000000000000001");
        fake.ForbidChannel("700000000000000002");
        fake.Script(FakeDiscordFault.ServerError(500), $"{DiscordTestServices.ApplicationId}/{InteractionToken}", times: 10);

        await channel.SendAsync(new ChannelAddress("discord", "1", "700000000000000001"), SampleDocuments.Alert(), "a", CancellationToken.None);
        await channel.SendAsync(new ChannelAddress("discord", "1", "700000000000000002"), SampleDocuments.Alert(), "b", CancellationToken.None);
        await client.EditOriginalInteractionResponseAsync(DiscordTestServices.ApplicationId, InteractionToken, new DiscordMessagePayload { Content = "x" }, null, CancellationToken.None);
        fake.RevokeToken();
        await channel.SendAsync(new ChannelAddress("discord", "1", "700000000000000003"), SampleDocuments.Alert(), "c", CancellationToken.None);
        await provider.GetRequiredService<DiscordCommandRegistrar>().RegisterAsync(CancellationToken.None);

        Assert.True(logs.Lines.Count >= 5, string.Join('\n', logs.Lines));
        var leaks = logs.Lines.Where(line => line.Contains("must-stay-secret", StringComparison.Ordinal) || line.Contains(InteractionToken, StringComparison.Ordinal));
        Assert.True(!leaks.Any(), string.Join('\n', leaks));
    }
}
