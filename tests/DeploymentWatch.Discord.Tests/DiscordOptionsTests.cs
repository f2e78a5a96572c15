using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Discord.Tests.Support;
using DeploymentWatch.Domain.Subscriptions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Discord.Tests;

public class DiscordOptionsTests
{
    private const string Token = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.GsEcRt.do-not-print-this-token";

    [Fact]
    public void ToString_WithToken_NeverShowsIt()
    {
        var options = Resolve(new() { ["DISCORD_BOT_TOKEN"] = Token, ["DISCORD_APPLICATION_ID"] = "1", ["DISCORD_PUBLIC_KEY"] = new string('a', 64) });

        Assert.Equal(Token, options.BotToken);
        Assert.DoesNotContain("do-not-print", options.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("do-not-print", $"{options}", StringComparison.Ordinal);
        Assert.Contains("BotToken = (set, hidden)", options.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Configure_EnvironmentStyleKeys_BindEverySetting()
    {
        var options = Resolve(new()
        {
            ["DISCORD_BOT_TOKEN"] = Token,
            ["DISCORD_APPLICATION_ID"] = "1100000000000000001",
            ["DISCORD_PUBLIC_KEY"] = DiscordTestServices.PublicKey,
            ["DISCORD_API_BASE_URL"] = "http://127.0.0.1:5555/api/v10",
            ["DISCORD_DEVELOPMENT_GUILD_ID"] = "290926798626357999",
        });

        Assert.Equal(("1100000000000000001", DiscordTestServices.PublicKey, "290926798626357999"), (options.ApplicationId, options.PublicKey, options.DevelopmentGuildId));
        Assert.Equal(new Uri("http://127.0.0.1:5555/api/v10/"), options.ApiBaseUrl);
    }

    [Fact]
    public void Configure_NothingSet_IsOffWithTheOfficialBaseUrl()
    {
        var options = Resolve([]);

        Assert.False(options.Enabled);
        Assert.Equal(new Uri("https://discord.com/api/v10/"), options.ApiBaseUrl);
    }

    [Theory]
    [InlineData(null, "abc", "DISCORD_APPLICATION_ID")]
    [InlineData("1100000000000000001", null, "DISCORD_PUBLIC_KEY")]
    [InlineData("1100000000000000001", "xyz", "DISCORD_PUBLIC_KEY")]
    [InlineData("not-a-number", "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "DISCORD_APPLICATION_ID")]
    public async Task StartAsync_TokenWithoutValidApplicationSettings_StopsStartUpNamingTheKey(string? applicationId, string? publicKey, string expectedKey)
    {
        var builder = Host.CreateEmptyApplicationBuilder(null);
        builder.Services.AddDiscordForTests(new Dictionary<string, string?>
        {
            ["DISCORD_BOT_TOKEN"] = Token,
            ["DISCORD_APPLICATION_ID"] = applicationId,
            ["DISCORD_PUBLIC_KEY"] = publicKey,
            ["DISCORD_INTERACTIONS"] = "http",
        });
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(expectedKey, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("do-not-print", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null, "gateway")]
    [InlineData(null, "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "http")]
    [InlineData("gateway", "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "gateway")]
    [InlineData("HTTP", "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "http")]
    public void Resolve_TokenAndApplicationId_ChoosesTheInteractionsMode(string? interactions, string? publicKey, string expected)
    {
        var options = Resolve(new()
        {
            ["DISCORD_BOT_TOKEN"] = Token,
            ["DISCORD_APPLICATION_ID"] = "1100000000000000001",
            ["DISCORD_PUBLIC_KEY"] = publicKey,
            ["DISCORD_INTERACTIONS"] = interactions,
        });

        Assert.Equal(expected, options.InteractionsMode);
        Assert.Equal(expected == "gateway", options.UsesGateway);
    }

    [Theory]
    [InlineData("DISCORD_INTERACTIONS", "websocket", "DISCORD_INTERACTIONS")]
    [InlineData("DISCORD_GATEWAY_URL", "http://127.0.0.1:1/gateway", "DISCORD_GATEWAY_URL")]
    [InlineData("Discord:GatewayLeaseRetryInterval", "00:02:00", "within a minute")]
    public void Validate_BadGatewaySetting_NamesIt(string key, string value, string expected)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new()
        {
            ["DISCORD_BOT_TOKEN"] = Token,
            ["DISCORD_APPLICATION_ID"] = "1100000000000000001",
            [key] = value,
        }));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_NoToken_StartsWithDiscordOffAndSaysSo()
    {
        var builder = Host.CreateEmptyApplicationBuilder(null);
        builder.Services.AddDiscordForTests(new Dictionary<string, string?>());
        using var host = builder.Build();

        await host.StartAsync();
        var status = host.Services.GetServices<IChannelStatus>().Single(s => s.Platform == "discord");
        var outcome = await host.Services.GetServices<IAlertChannel>().Single(c => c.Platform == "discord")
            .SendAsync(new ChannelAddress("discord", "1", "2"), SampleDocuments.Alert(), "k", CancellationToken.None);
        await host.StopAsync();

        Assert.False(status.Enabled);
        Assert.Equal("off: DISCORD_BOT_TOKEN not set", status.Detail);
        Assert.Equal(DeliveryStatus.TokenDead, outcome.Status);
    }

    private static DiscordOptions Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddLogging().AddDiscord(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<DiscordOptions>>().Value;
    }
}
