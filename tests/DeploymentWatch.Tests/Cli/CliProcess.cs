using System.Diagnostics;
using DeploymentWatch.TestKit.Repository;

namespace DeploymentWatch.Tests.Cli;

/// <summary>
/// Runs the real `deploymentwatch` executable (built beside the tests) as a user would, with a config folder whose
/// feeds are the seeds plus one dead feed, and a fresh data folder; no tokens, no network.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    private static readonly TimeSpan Guard = TimeSpan.FromMinutes(2);

    public CliProcess()
    {
        Root = Path.Combine(Path.GetTempPath(), "dw-cli-" + Guid.NewGuid().ToString("N"));
        ConfigDirectory = Path.Combine(Root, "config");
        DataDirectory = Path.Combine(Root, "data");
        Directory.CreateDirectory(ConfigDirectory);
        File.Copy(Path.Combine(RepositoryPaths.Config, "profiles.yaml"), Path.Combine(ConfigDirectory, "profiles.yaml"));
        File.WriteAllText(Path.Combine(ConfigDirectory, "feeds.yaml"), $"""
            feeds:
              - id: seeds
                source: {RepositoryPaths.Seeds}
                outlet: Seed articles
              - id: dead
                source: http://127.0.0.1:{TestKit.Feeds.UnusedLoopbackPort.Find()}/feed.xml
            """);
    }

    public string Root { get; }

    public string ConfigDirectory { get; }

    public string DataDirectory { get; }

    public static Process Start(IEnumerable<string> arguments, out string executable, IReadOnlyDictionary<string, string?>? environment = null)
    {
        executable = Path.Combine(AppContext.BaseDirectory, "deploymentwatch.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        info.ArgumentList.Add(executable);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // No tokens from the developer's shell: the embedded default must work without them.
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("DISCORD_", StringComparison.Ordinal) || k.StartsWith("SLACK_", StringComparison.Ordinal)).ToArray())
        {
            info.Environment.Remove(key);
        }

        // The tests' feed hosts listen on loopback, which the feed fetcher refuses unless the operator allows it.
        info.Environment["Feeds__AllowPrivateAddresses"] = "true";
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            info.Environment[key] = value;
        }

        return Process.Start(info) ?? throw new InvalidOperationException("could not start " + executable);
    }

    public async Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] arguments)
    {
        using var process = Start([.. arguments, "--config", ConfigDirectory, "--data", DataDirectory], out _);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var guard = new CancellationTokenSource(Guard);
        await process.WaitForExitAsync(guard.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
