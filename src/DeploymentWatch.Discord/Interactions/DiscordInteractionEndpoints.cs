using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DeploymentWatch.Discord.Interactions;

/// <summary>Maps Discord's Interactions Endpoint URL (Developer Portal → General Information) onto the handler.</summary>
public static class DiscordInteractionEndpoints
{
    public const string DefaultPattern = "/discord/interactions";

    public static IEndpointConventionBuilder MapDiscordInteractions(this IEndpointRouteBuilder endpoints, string pattern = DefaultPattern)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapPost(pattern, (RequestDelegate)(context => context.RequestServices.GetRequiredService<DiscordInteractionHandler>().HandleAsync(context)));
    }
}
