using DeploymentWatch.Application.Delivery;
using DeploymentWatch.TestKit.Discord;
using Microsoft.Extensions.DependencyInjection;

namespace DeploymentWatch.Discord.Tests.Support;

/// <summary>A fake Discord on loopback and the adapter wired to it with AddDiscord, disposed together.</summary>
internal sealed class DiscordFakeSession : IAsyncDisposable
{
    private DiscordFakeSession(FakeDiscordApi fake, ServiceProvider services)
    {
        Fake = fake;
        Services = services;
    }

    public FakeDiscordApi Fake { get; }

    public ServiceProvider Services { get; }

    public IAlertChannel Channel => Services.GetServices<IAlertChannel>().Single(c => c.Platform == "discord");

    public IChannelStatus Status => Services.GetServices<IChannelStatus>().Single(c => c.Platform == "discord");

    public static async Task<DiscordFakeSession> StartAsync(FakeDiscordLimits? limits = null, Action<DiscordOptions>? tune = null)
    {
        var fake = await FakeDiscordApi.StartAsync(limits);
        return new DiscordFakeSession(fake, DiscordTestServices.Build(fake, tune: tune));
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Fake.DisposeAsync();
    }
}
