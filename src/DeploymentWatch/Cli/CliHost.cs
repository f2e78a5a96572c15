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
        // A one-shot command never reloads its settings; watching appsettings.json would put a file watcher on the
        // whole working directory tree, which costs more than some commands' own work.
        var configuration = new ConfigurationManager { [ReloadOnChangeKey] = "false" };
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = Directory.GetCurrentDirectory(),
            Configuration = configuration,
        });
        ConfigureLogging(builder.Logging, minimum);
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true }));
        builder.Services.AddDeploymentWatch(builder.Configuration, paths, consoleWriter);
        builder.Services.AddTransient<CommandLineSources>();
        return builder.Build();
    }

    /// <summary>
    /// The services of a command that only reads and analyses articles (scan): the profiles, the
    /// analyzer, the feed and folder readers and the story options, validated as the full host validates them (call
    /// <see cref="Microsoft.Extensions.Options.IStartupValidator"/>), with the same settings and logging. No host,
    /// storage, scheduler, channel or platform client is built: `scan` of a folder was mostly start-up.
    /// </summary>
    public static ServiceProvider BuildForReading(HostPaths paths, LogLevel minimum = LogLevel.Warning)
    {
        var configuration = ReadingConfiguration();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging =>
        {
            logging.AddConfiguration(configuration.GetSection("Logging"));
            ConfigureLogging(logging, minimum);
        });
        services.AddArticleReading(configuration, paths);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    /// <summary>
    /// The application settings the generic host gives <see cref="Build"/>: appsettings.json and
    /// appsettings.{environment}.json in the working directory, then environment variables (`Feeds__Timeout`).
    /// </summary>
    private static IConfigurationRoot ReadingConfiguration()
    {
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") is { Length: > 0 } name ? name : Environments.Production;
        return new ConfigurationBuilder()
            .SetBasePath(Directory.GetCurrentDirectory())
            .AddJsonFile("appsettings.json", optional: true, reloadOnChange: false)
            .AddJsonFile($"appsettings.{environment}.json", optional: true, reloadOnChange: false)
            .AddEnvironmentVariables()
            .Build();
    }

    private const string ReloadOnChangeKey = "hostBuilder:reloadConfigOnChange";

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
