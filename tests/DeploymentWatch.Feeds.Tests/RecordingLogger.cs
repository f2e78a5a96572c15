using Microsoft.Extensions.Logging;

namespace DeploymentWatch.Feeds.Tests;

/// <summary>Keeps every entry logged at Warning or above, formatted, so a test can read what the operator would see.</summary>
internal sealed class RecordingLogger<T> : ILogger<T>
{
    private readonly List<string> warnings = [];

    public IReadOnlyList<string> Warnings
    {
        get
        {
            lock (warnings)
            {
                return [.. warnings];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        if (IsEnabled(logLevel))
        {
            lock (warnings)
            {
                warnings.Add(formatter(state, exception));
            }
        }
    }
}
