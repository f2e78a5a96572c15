using DeploymentWatch.Application.Alerts;
using DeploymentWatch.Application.Dashboard;
using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Application.Subscriptions;
using DeploymentWatch.Configuration;
using DeploymentWatch.Domain.Profiles;

namespace DeploymentWatch.Web;

/// <summary>Maps the read-only pages and /metrics behind <see cref="WebAccessMiddleware"/>. /healthz stays open.</summary>
internal static class WebEndpoints
{
    public static WebApplication MapWeb(this WebApplication app)
    {
        MetricsEndpoint.StartListening();
        app.UseWhen(context => IsWebPath(context.Request.Path), branch => branch.UseMiddleware<WebAccessMiddleware>());

        app.MapGet("/", (string? feeds, FeedsFile file, IDashboardStore dashboard, IMuteStore mutes, IEnumerable<IChannelStatus> platforms, TimeProvider time, CancellationToken ct) =>
            OverviewPage.RenderAsync(feeds, file, dashboard, mutes, platforms, time, ct));
        app.MapGet("/stories", (string? topic, IAlertStore alerts, ProfileSet profiles, CancellationToken ct) =>
            StoriesPage.RenderAsync(topic, alerts, profiles, ct));
        app.MapGet("/figures", (IDashboardStore dashboard, ProfileSet profiles, CancellationToken ct) =>
            FiguresPage.RenderAsync(null, dashboard, profiles, ct));
        app.MapGet("/figures/{metric}", (string metric, IDashboardStore dashboard, ProfileSet profiles, CancellationToken ct) =>
            FiguresPage.RenderAsync(metric, dashboard, profiles, ct));
        app.MapGet("/figures/{metric}/chart.png", FiguresPage.ChartAsync);
        app.MapGet("/explain", ExplainPage.Form);
        app.MapPost("/explain", ExplainPage.ExplainAsync);
        app.MapGet(WebStyles.Path, () => Results.Text(WebStyles.Css, "text/css; charset=utf-8"));
        app.MapGet("/metrics", MetricsEndpoint.WriteAsync);
        return app;
    }

    internal static bool IsWebPath(PathString path) =>
        path == "/" || path.StartsWithSegments("/stories") || path.StartsWithSegments("/figures") || path.StartsWithSegments("/explain")
        || path.StartsWithSegments("/static") || path.StartsWithSegments("/metrics");
}
