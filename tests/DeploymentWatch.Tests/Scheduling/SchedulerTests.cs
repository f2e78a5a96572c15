using DeploymentWatch.Composition;
using DeploymentWatch.Tests.Cli;

namespace DeploymentWatch.Tests.Scheduling;

public class SchedulerTests
{
    [Fact]
    public async Task Service_OnStart_QuartzRunsACycleThatDeliversTheSeedAlerts()
    {
        using var cli = new CliProcess();
        using var console = new SignalingWriter("Also reported by");
        var paths = new HostPaths(cli.ConfigDirectory, cli.DataDirectory);
        await using var app = await ServiceApplication.BuildAsync(paths, "http://127.0.0.1:0", console);
        await app.StartAsync();
        try
        {
            // The dispatcher job's trigger starts now: wait for the cycle's output (bounded), not for a time.
            await console.Seen.WaitAsync(TimeSpan.FromMinutes(1));
        }
        finally
        {
            await app.StopAsync();
        }

        Assert.Equal(3, console.Text.Split('\n').Count(l => l.StartsWith("■ ", StringComparison.Ordinal) && !l.StartsWith("■ (update)", StringComparison.Ordinal)));
        Assert.Contains("[console:default]", console.Text, StringComparison.Ordinal);
    }
}
