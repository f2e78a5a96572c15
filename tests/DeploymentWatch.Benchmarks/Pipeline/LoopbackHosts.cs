using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace DeploymentWatch.Benchmarks.Pipeline;

/// <summary>
/// One Kestrel listening on 127.0.0.1 … 127.0.0.H at one port, for the feed farms: spreading feeds over loopback
/// hosts keeps the poller's per-host politeness limits from serializing a farm of thousands of feeds.
/// </summary>
internal static class LoopbackHosts
{
    /// <summary>An unstarted, quiet web application on <paramref name="hosts"/> loopback addresses, and its port.</summary>
    public static (WebApplication App, int Port) Build(int hosts)
    {
        var port = TestKit.Feeds.UnusedLoopbackPort.Find();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            for (var h = 1; h <= hosts; h++)
            {
                k.Listen(IPAddress.Parse($"127.0.0.{h}"), port);
            }
        });
        return (builder.Build(), port);
    }
}
