using DeploymentWatch.Cli;
using DeploymentWatch.Discord.Interactions;
using DeploymentWatch.Endpoints;
using DeploymentWatch.Scheduling;
using DeploymentWatch.Slack.Commands;
using DeploymentWatch.Web;

namespace DeploymentWatch.Composition;

/// <summary>
/// The service `deploymentwatch run` starts: the shared composition plus the scheduler and the HTTP endpoints.
/// Tests build the same application with extra settings (fake platform URLs, keys) and drive a cycle themselves.
/// </summary>
public static class ServiceApplication
{
    public static async Task<WebApplication> BuildAsync(
        HostPaths paths,
        string? urls,
        TextWriter consoleWriter,
        IReadOnlyDictionary<string, string?>? settings = null,
        bool scheduler = true,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = Directory.GetCurrentDirectory() });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        if (!string.IsNullOrWhiteSpace(urls))
        {
            builder.WebHost.UseUrls(urls);
        }

        ReadingHost.ConfigureLogging(builder.Logging, LogLevel.Information);
        builder.Host.UseDefaultServiceProvider(o =>
        {
            o.ValidateScopes = true;
            o.ValidateOnBuild = true;
        });
        builder.Services.AddDeploymentWatch(builder.Configuration, paths, consoleWriter);
        builder.Services.AddWeb(builder.Configuration);
        if (scheduler)
        {
            builder.Services.AddScheduling(builder.Configuration, TimeProvider.System);
            builder.Services.AddHostedService<DiscordCommandRegistration>();
        }

        var app = builder.Build();

        // Migrations run before Quartz starts: on PostgreSQL its clustered store checks the schema at start.
        await CliHost.PrepareAsync(app.Services, cancellationToken);
        app.MapHealth();
        app.MapSlackCommands();
        app.MapDiscordInteractions();
        app.MapWeb();
        return app;
    }
}
