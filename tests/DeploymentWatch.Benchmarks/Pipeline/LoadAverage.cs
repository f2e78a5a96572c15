namespace DeploymentWatch.Benchmarks.Pipeline;

/// <summary>The machine's load average (Linux /proc/loadavg), printed beside every figure: the machine may be shared.</summary>
internal static class LoadAverage
{
    public static string Read() =>
        File.Exists("/proc/loadavg")
            ? "load average " + string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3))
            : "load average unknown";
}
