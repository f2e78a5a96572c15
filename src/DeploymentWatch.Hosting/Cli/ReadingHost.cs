using System.Runtime.CompilerServices;
using DeploymentWatch.Composition;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Console;

namespace DeploymentWatch.Cli;

/// <summary>
/// What every command's process starts with, whichever executable it is: the settings the generic host would read,
/// console logging to standard error, and the services of a command that only reads and analyses articles.
/// </summary>
internal static class ReadingHost
{
    /// <summary>
    /// The services of a command that only reads and analyses articles (scan): the profiles, the
    /// analyzer, the feed and folder readers and the story options, validated as the full host validates them (call
    /// <see cref="Microsoft.Extensions.Options.IStartupValidator"/>), with the same settings and logging. No host,
    /// storage, scheduler, channel or platform client is built: `scan` of a folder was mostly start-up.
    /// </summary>
    public static ServiceProvider Build(HostPaths paths, LogLevel minimum = LogLevel.Warning)
    {
        var configuration = ReadingConfiguration();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => ConfigureLogging(logging, configuration, minimum));
        services.AddArticleReading(configuration, paths);

        // Checking every registration on build closes every open generic the logging, options and HTTP client
        // libraries register; compiled ahead of time, each closing goes through the runtime type loader, and that
        // check alone cost the native scan about a sixth of its start-up. The same composition is checked on build
        // in every JIT-compiled run and test, so the native build only skips a check that already passed.
        var validate = RuntimeFeature.IsDynamicCodeSupported;
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = validate, ValidateOnBuild = validate });
    }

    /// <summary>
    /// The application settings the generic host gives <see cref="Build"/>: appsettings.json and
    /// appsettings.{environment}.json in the working directory, then environment variables (`Feeds__Timeout`).
    /// </summary>
    public static IConfigurationRoot ReadingConfiguration()
    {
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") is { Length: > 0 } name ? name : Environments.Production;
        return new ConfigurationBuilder()
            .SetBasePath(Directory.GetCurrentDirectory())
            .AddJsonFile("appsettings.json", optional: true, reloadOnChange: false)
            .AddJsonFile($"appsettings.{environment}.json", optional: true, reloadOnChange: false)
            .AddEnvironmentVariables()
            .Build();
    }

    /// <summary><see cref="ConfigureLogging(ILoggingBuilder, LogLevel)"/> after the "Logging" section's filters.</summary>
    public static void ConfigureLogging(ILoggingBuilder logging, IConfiguration configuration, LogLevel minimum)
    {
        logging.AddConfiguration(configuration.GetSection("Logging"));
        ConfigureLogging(logging, minimum);
    }

    public static void ConfigureLogging(ILoggingBuilder logging, LogLevel minimum)
    {
        logging.ClearProviders();
        logging.AddConsole(o =>
        {
            o.FormatterName = CliLogFormatter.FormatterName;
            o.LogToStandardErrorThreshold = LogLevel.Trace;
        });
        // Registered directly: AddConsoleFormatter would also bind the formatter's options by reflection, and this
        // formatter has none.
        logging.Services.TryAddEnumerable(ServiceDescriptor.Singleton<ConsoleFormatter, CliLogFormatter>());
        logging.SetMinimumLevel(minimum);
        logging.AddFilter("Microsoft", LogLevel.Warning);

        // "Now listening on: …" tells the operator (and the tests) where the endpoints are.
        logging.AddFilter("Microsoft.Hosting.Lifetime", minimum <= LogLevel.Information ? LogLevel.Information : LogLevel.Warning);
        logging.AddFilter("System.Net.Http", LogLevel.Warning);
        logging.AddFilter("Quartz", LogLevel.Warning);
    }
}
