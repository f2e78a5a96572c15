using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Discord.Api;
using DeploymentWatch.Discord.Commands;
using DeploymentWatch.Discord.Interactions;
using DeploymentWatch.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DeploymentWatch.Discord.Tests;

public class DiscordServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddDiscord_WithScopeAndBuildValidation_ResolvesEveryPart()
    {
        await using var services = DiscordTestServices.Build(fake: null, token: "token");

        Assert.Contains(services.GetServices<IAlertChannel>(), c => c.Platform == "discord");
        Assert.Contains(services.GetServices<IChannelStatus>(), s => s.Platform == "discord" && s.Detail == "ok");
        Assert.IsType<DiscordApiClient>(services.GetRequiredService<IDiscordApiClient>());
        Assert.NotNull(services.GetRequiredService<DiscordCommandRegistrar>());
        Assert.NotNull(services.GetRequiredService<DiscordInteractionHandler>());
        Assert.Same(TimeProvider.System, services.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public async Task AddDiscord_AlongsideAnotherChannel_KeepsBothAlertChannels()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IAlertChannel, ConsoleLikeChannel>();
        services.AddDiscordForTests(DiscordTestServices.Configuration(null, "token"));

        await using var provider = services.BuildServiceProvider();

        Assert.Equal(["console", "discord"], provider.GetServices<IAlertChannel>().Select(c => c.Platform).Order());
    }

    private sealed class ConsoleLikeChannel : IAlertChannel
    {
        public string Platform => "console";

        public Task<DeliveryOutcome> SendAsync(Domain.Subscriptions.ChannelAddress channel, Domain.Messages.MessageDocument message, string idempotencyKey, CancellationToken cancellationToken) =>
            Task.FromResult(DeliveryOutcome.Delivered(null));

        public Task<DeliveryOutcome> EditAsync(Domain.Subscriptions.ChannelAddress channel, string messageRef, Domain.Messages.MessageDocument message, CancellationToken cancellationToken) =>
            Task.FromResult(DeliveryOutcome.Delivered(messageRef));
    }
}
