using DeploymentWatch.Discord.Commands;
using DeploymentWatch.Discord.Tests.Support;
using DeploymentWatch.TestKit.Discord;
using Microsoft.Extensions.DependencyInjection;

namespace DeploymentWatch.Discord.Tests.Commands;

public class DiscordCommandRegistrarTests
{
    [Fact]
    public async Task RegisterAsync_NoDevelopmentGuild_OverwritesTheGlobalCommands()
    {
        await using var session = await DiscordFakeSession.StartAsync();

        var result = await session.Services.GetRequiredService<DiscordCommandRegistrar>().RegisterAsync(CancellationToken.None);

        Assert.True(result.Succeeded, result.Detail);
        var registration = Assert.Single(session.Fake.CommandRegistrations);
        Assert.Equal((DiscordTestServices.ApplicationId, (string?)null), (registration.ApplicationId, registration.GuildId));
        Assert.Equal("deploymentwatch", registration.Commands[0].GetProperty("name").GetString());
        Assert.Empty(session.Fake.Violations);
    }

    [Fact]
    public async Task RegisterAsync_DevelopmentGuild_OverwritesThatGuildsCommands()
    {
        await using var session = await DiscordFakeSession.StartAsync(tune: o => o.DevelopmentGuildId = "290926798626357999");

        var result = await session.Services.GetRequiredService<DiscordCommandRegistrar>().RegisterAsync(CancellationToken.None);

        Assert.True(result.Succeeded, result.Detail);
        Assert.Equal("290926798626357999", Assert.Single(session.Fake.CommandRegistrations).GuildId);
        Assert.Contains("guild 290926798626357999", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegisterAsync_TokenRejected_ReportsTheFailure()
    {
        await using var session = await DiscordFakeSession.StartAsync();
        session.Fake.RevokeToken();

        var result = await session.Services.GetRequiredService<DiscordCommandRegistrar>().RegisterAsync(CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("401", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegisterAsync_DiscordOff_SkipsWithoutARequest()
    {
        using var services = new ServiceCollection().AddDiscordForTests(new Dictionary<string, string?>()).BuildServiceProvider();

        var result = await services.GetRequiredService<DiscordCommandRegistrar>().RegisterAsync(CancellationToken.None);

        Assert.Equal(new DiscordRegistrationResult(false, "skipped: DISCORD_BOT_TOKEN not set"), result);
    }
}
