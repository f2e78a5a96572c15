using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Application.Polling;
using DeploymentWatch.Application.Subscriptions;
using DeploymentWatch.Composition;
using DeploymentWatch.Configuration;
using DeploymentWatch.Domain.Subscriptions;
using DeploymentWatch.TestKit.Repository;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DeploymentWatch.Tests.EndToEnd;

/// <summary>
/// The real service (<see cref="ServiceApplication"/>, no scheduler) on loopback, over a temp config whose only feed
/// is a local article folder and a temp SQLite file. Platform hosts add their fake's settings; the test drives
/// polling cycles itself. Every wait is bounded by one guard of a minute.
/// </summary>
internal sealed class EndToEndService : IAsyncDisposable
{
    private static readonly TimeSpan GuardTime = TimeSpan.FromMinutes(1);

    private readonly CancellationTokenSource _guard = new(GuardTime);
    private WebApplication? _app;

    public EndToEndService(string name)
    {
        Root = Path.Combine(Path.GetTempPath(), $"dw-{name}-e2e-" + Guid.NewGuid().ToString("N"));
        ConfigDirectory = Path.Combine(Root, "config");
        DataDirectory = Path.Combine(Root, "data");
        ArticleDirectory = Path.Combine(Root, "articles");
        Directory.CreateDirectory(ConfigDirectory);
        Directory.CreateDirectory(DataDirectory);
        Directory.CreateDirectory(ArticleDirectory);
        File.Copy(Path.Combine(RepositoryPaths.Config, "profiles.yaml"), Path.Combine(ConfigDirectory, "profiles.yaml"));
        File.WriteAllText(Path.Combine(ConfigDirectory, "feeds.yaml"), $"""
            feeds:
              - id: e2e-wire
                source: {ArticleDirectory}
                outlet: Test Wire
                interval: 1h
            """);
    }

    public string Root { get; }

    public string ConfigDirectory { get; }

    public string DataDirectory { get; }

    public string ArticleDirectory { get; }

    public CancellationToken Cancellation => _guard.Token;

    /// <summary>Where the service listens, e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public Uri Address { get; private set; } = null!;

    public bool IsRunning => _app is not null;

    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("not started");

    /// <param name="settings">The platform's settings (fake URLs, tokens).</param>
    /// <param name="logs">Also receives every log line of the service (to show what never reaches a log).</param>
    public async Task StartAsync(Dictionary<string, string?> settings, ILoggerProvider? logs = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings["Storage:SqlitePath"] = Path.Combine(DataDirectory, "e2e.db");
        _app = await ServiceApplication.BuildAsync(
            new HostPaths(ConfigDirectory, DataDirectory), "http://127.0.0.1:0", TextWriter.Null, settings, scheduler: false, Cancellation);
        if (logs is not null)
        {
            _app.Services.GetRequiredService<ILoggerFactory>().AddProvider(logs);
        }
        await _app.StartAsync(Cancellation);
        Address = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/'));
    }

    public void WriteArticle(string fileName, string title, string body) =>
        File.WriteAllText(Path.Combine(ArticleDirectory, fileName), $"""
            title: {title}
            url: https://news.example/{Path.GetFileNameWithoutExtension(fileName)}
            ---
            {body}
            """);

    /// <summary>One cycle as the scheduler would run it: poll every feed now, then deliver what is due.</summary>
    public async Task<(PollSummary Poll, DispatchSummary Sent)> RunCycleAsync()
    {
        var feeds = Services.GetRequiredService<FeedsFile>();
        await using var scope = Services.CreateAsyncScope();
        var poll = await scope.ServiceProvider.GetRequiredService<FeedPoller>().PollAsync(feeds.Feeds, ignoreSchedule: true, Cancellation);
        var sent = await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchAsync(Cancellation);
        return (poll, sent);
    }

    public async Task<Subscription?> SubscriptionAsync(ChannelAddress channel)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISubscriptionStore>().GetAsync(channel, Cancellation);
    }

    public async Task<IReadOnlyList<Mute>> ActiveMutesAsync(ChannelAddress channel)
    {
        await using var scope = Services.CreateAsyncScope();
        var now = Services.GetRequiredService<TimeProvider>().GetUtcNow();
        return await scope.ServiceProvider.GetRequiredService<IMuteStore>().ListActiveAsync(channel, now, Cancellation);
    }

    /// <summary>Stops the service and lets go of everything it held (the Gateway, its lease), keeping its folder.</summary>
    public async Task StopAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync(CancellationToken.None);
            await _app.DisposeAsync();
            _app = null;
        }
    }

    /// <summary>Stops the service; the platform host disposes its fakes after this.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync(CancellationToken.None);
            await _app.DisposeAsync();
        }

        _guard.Dispose();
        TestKit.Feeds.TemporaryFolder.TryDelete(Root);
    }
}
