using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DeploymentWatch.Application.Commands;

/// <summary>Registers the one <see cref="CommandRunner"/>; every front end calls this, and only the first call adds it.</summary>
public static class CommandRunnerServiceCollectionExtensions
{
    public static IServiceCollection AddCommandRunner(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(CommandRunner)))
        {
            return services;
        }

        services.AddSingleton<CommandRunner>();

        // Also a hosted service, so that stopping the host waits for the follow-ups still being sent.
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<CommandRunner>());
        return services;
    }
}
