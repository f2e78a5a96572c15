using System.CommandLine;
using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Application.Polling;
using DeploymentWatch.Composition;
using DeploymentWatch.Configuration;
using DeploymentWatch.Discord.Interactions;
using DeploymentWatch.Endpoints;
using DeploymentWatch.Scheduling;
using DeploymentWatch.Slack.Commands;

namespace DeploymentWatch.Cli;

/// <summary>`run`: the service (scheduler + HTTP endpoints); `run --once`: one cycle, a summary line, exit.</summary>
internal static class RunCommand
{
    public static Command Create(GlobalOptions global)
    {
        var once = new Option<bool>("--once") { Description = "Poll every feed once, deliver, print a summary line and exit" };
        var urls = new Option<string?>("--urls") { Description = "Where the HTTP endpoints listen (default: ASPNETCORE_URLS, else http://localhost:5000)" };
        var command = new Command("run", "Run DeploymentWatch: the polling scheduler and the HTTP endpoints (/healthz, /discord/interactions, /slack/commands)")
        {
            once, urls, global.Output,
        };
        command.SetAction((parse, ct) =>
        {
            var paths = HostPaths.From(parse.GetValue(global.Config), parse.GetValue(global.Data));
            return parse.GetValue(once)
                ? RunOnceAsync(paths, parse.GetValue(global.Output) == "json", ct)
                : RunServiceAsync(paths, parse.GetValue(urls), ct);
        });
        return command;
    }

    private static async Task<int> RunOnceAsync(HostPaths paths, bool json, CancellationToken cancellationToken)
    {
        var human = json ? Console.Error : Console.Out;
        using var host = CliHost.Build(paths, human);
        await CliHost.PrepareAsync(host.Services, cancellationToken);
        var feeds = host.Services.GetRequiredService<FeedsFile>();
        using var scope = host.Services.CreateScope();
        var poll = await scope.ServiceProvider.GetRequiredService<FeedPoller>().PollAsync(feeds.Feeds, ignoreSchedule: true, cancellationToken);
        var sent = await host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(cancellationToken);
        if (json)
        {
            foreach (var alert in poll.Alerts)
            {
                await Console.Out.WriteLineAsync(AlertJson.Serialize(alert));
            }
        }

        await human.WriteLineAsync(
            $"run --once: {poll.FeedsPolled} feeds polled, {poll.Failures.Count} failed, {poll.NewItems} new items, " +
            $"{poll.Alerts.Count} alerts in {poll.Alerts.Count(a => a.StoryId is null)} stories, {sent.Delivered} messages delivered" +
            (sent.Retried > 0 ? $", {sent.Retried} to retry" : string.Empty) + ".");
        return 0;
    }

    private static async Task<int> RunServiceAsync(HostPaths paths, string? urls, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = Directory.GetCurrentDirectory() });
        if (!string.IsNullOrWhiteSpace(urls))
        {
            builder.WebHost.UseUrls(urls);
        }

        CliHost.ConfigureLogging(builder.Logging, LogLevel.Information);
        builder.Host.UseDefaultServiceProvider(o =>
        {
            o.ValidateScopes = true;
            o.ValidateOnBuild = true;
        });
        builder.Services.AddDeploymentWatch(builder.Configuration, paths, Console.Out);
        builder.Services.AddScheduling(builder.Configuration, TimeProvider.System);
        builder.Services.AddHostedService<DiscordCommandRegistration>();
        await using var app = builder.Build();
        await CliHost.PrepareAsync(app.Services, cancellationToken);
        app.MapHealth();
        app.MapSlackCommands();
        app.MapDiscordInteractions();
        await app.RunAsync(cancellationToken);
        return 0;
    }
}
