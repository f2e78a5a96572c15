using System.CommandLine;
using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Application.Polling;
using DeploymentWatch.Composition;
using DeploymentWatch.Configuration;

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
        await using var app = await ServiceApplication.BuildAsync(paths, urls, Console.Out, cancellationToken: cancellationToken);
        await app.RunAsync(cancellationToken);
        return 0;
    }
}
