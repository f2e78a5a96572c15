namespace DeploymentWatch.Cli;

/// <summary>
/// Loggers whose logging pipeline (providers, filters from the "Logging" section, the console's writer thread) is
/// built the first time something is logged at or above <paramref name="minimum"/>: most scans log nothing, and
/// building it was a measurable share of a native scan's start-up. Disposing flushes what was logged.
/// </summary>
internal sealed class DeferredLoggerFactory(Func<ILoggerFactory> create, LogLevel minimum) : IDisposable
{
    private readonly Lazy<ILoggerFactory> _factory = new(create, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly LogLevel _minimum = minimum;

    public ILogger<T> CreateLogger<T>() => new DeferredLogger<T>(this);

    public void Dispose()
    {
        if (_factory.IsValueCreated)
        {
            _factory.Value.Dispose();
        }
    }

    private sealed class DeferredLogger<T>(DeferredLoggerFactory owner) : ILogger<T>
    {
        private readonly Lazy<ILogger> _logger = new(() => owner._factory.Value.CreateLogger<T>(), LazyThreadSafetyMode.ExecutionAndPublication);

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => _logger.Value.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel >= owner._minimum && logLevel != LogLevel.None && _logger.Value.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                _logger.Value.Log(logLevel, eventId, state, exception, formatter);
            }
        }
    }
}
