using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DeploymentWatch.Slack.Commands;

/// <summary>Maps Slack's slash-command Request URL; needs <c>AddSlack</c> in the container.</summary>
public static class SlackEndpointRouteBuilderExtensions
{
    /// <summary>POST /slack/commands (signed, form-encoded; answers within Slack's 3 seconds).</summary>
    public static RouteHandlerBuilder MapSlackCommands(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(
            SlackCommandEndpoint.Route,
            // Typed as a Func so minimal APIs write the IResult (a RequestDelegate would discard it).
            (Func<HttpContext, Task<IResult>>)(static context => context.RequestServices.GetRequiredService<SlackCommandEndpoint>()
                .HandleAsync(context.Request, context.RequestAborted)));
}
