using System.Diagnostics;

namespace DeploymentWatch.TestKit.Postgres;

/// <summary>Runs one PostgreSQL command-line tool with a timeout, as the postgres OS user when this process is root.</summary>
internal static class PostgresTool
{
    public static async Task<string> RunAsync(
        string executable, IReadOnlyList<string> arguments, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // initdb and postgres refuse to run as root; runuser switches without a password or a TTY.
        if (IsRoot())
        {
            start.FileName = "runuser";
            start.ArgumentList.Add("-u");
            start.ArgumentList.Add("postgres");
            start.ArgumentList.Add("--");
        }
        else
        {
            start.FileName = executable;
        }

        if (IsRoot())
        {
            start.ArgumentList.Add(executable);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"Could not start {executable}.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(timer.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(executable)} did not finish within {timeout.TotalSeconds:0} s.");
        }

        var output = await stdout;
        var error = await stderr;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(executable)} {string.Join(' ', arguments)} failed with exit code {process.ExitCode}: {error.Trim()} {output.Trim()}");
        }

        return output;
    }

    public static bool IsRoot() => string.Equals(Environment.UserName, "root", StringComparison.Ordinal);
}
