using DeploymentWatch.Composition;

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
        ReadingHost.ConfigureLogging(builder.Logging, minimum);
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true }));
        builder.Services.AddDeploymentWatch(builder.Configuration, paths, consoleWriter);
        builder.Services.AddTransient(CommandLineSources.Create);
        return builder.Build();
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
}
