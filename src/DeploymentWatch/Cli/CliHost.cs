using DeploymentWatch.Composition;
using Microsoft.Extensions.Logging.Console;

namespace DeploymentWatch.Cli;

/// <summary>
/// Builds the service provider for the one-shot commands (run --once, scan, command, explain, eval): the same
/// composition as the service, without the web server and the scheduler. Logs go to standard error.
/// </summary>
internal static class CliHost
{
    public static IHost Build(HostPaths paths, TextWriter consoleWriter, LogLevel minimum = LogLevel.Warning)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = Directory.GetCurrentDirectory() });
        ConfigureLogging(builder.Logging, minimum);
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true }));
        builder.Services.AddDeploymentWatch(builder.Configuration, paths, consoleWriter);
        builder.Services.AddTransient<CommandLineSources>();
        return builder.Build();
    }

    /// <summary>
    /// Validates every option (the one-shot commands never start the host, which is where ValidateOnStart runs),
    /// applies migrations and the console's default subscription.
    /// </summary>
    public static async Task PrepareAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        services.GetService<Microsoft.Extensions.Options.IStartupValidator>()?.Validate();
        await services.GetRequiredService<LocalSetup>().PrepareAsync(cancellationToken);
    }

    public static void ConfigureLogging(ILoggingBuilder logging, LogLevel minimum)
    {
        logging.ClearProviders();
        logging.AddConsole(o =>
        {
            o.FormatterName = CliLogFormatter.FormatterName;
            o.LogToStandardErrorThreshold = LogLevel.Trace;
        });
        logging.AddConsoleFormatter<CliLogFormatter, ConsoleFormatterOptions>();
        logging.SetMinimumLevel(minimum);
        logging.AddFilter("Microsoft", LogLevel.Warning);

        // "Now listening on: …" tells the operator (and the tests) where the endpoints are.
        logging.AddFilter("Microsoft.Hosting.Lifetime", minimum <= LogLevel.Information ? LogLevel.Information : LogLevel.Warning);
        logging.AddFilter("System.Net.Http", LogLevel.Warning);
        logging.AddFilter("Quartz", LogLevel.Warning);
    }
}
