using System.Diagnostics;

namespace DeploymentWatch.Benchmarks.Delivery;

/// <summary>
/// The real `deploymentwatch` executable started as a child process (its built deploymentwatch.dll under `dotnet`),
/// with its output appended to a log file so that full pipes never stall it, and killed with SIGKILL on demand.
/// </summary>
internal sealed class ServiceProcess : IDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private ServiceProcess(Process process, StreamWriter log)
    {
        _process = process;
        _log = log;
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public static ServiceProcess Start(string serviceDll, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment, string logPath)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(serviceDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var log = new StreamWriter(logPath, append: true) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ServiceProcess(process, log);
    }

    /// <summary>kill -9: .NET sends SIGKILL on Unix, so the service gets no chance to finish anything.</summary>
    public void KillHard()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit();
    }

    public Task WaitForExitAsync(CancellationToken cancellationToken) => _process.WaitForExitAsync(cancellationToken);

    public void Dispose()
    {
        KillHard();
        _process.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            try
            {
                log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }
}
