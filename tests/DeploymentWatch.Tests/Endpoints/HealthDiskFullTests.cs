using System.Net;
using System.Text.Json;
using DeploymentWatch.Application.Polling;
using DeploymentWatch.Composition;
using DeploymentWatch.TestKit.Storage;
using DeploymentWatch.Tests.Cli;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace DeploymentWatch.Tests.Endpoints;

/// <summary>The service on a data folder whose disk fills up: /healthz says so until a write succeeds again.</summary>
public class HealthDiskFullTests
{
    [Fact]
    public async Task Healthz_DiskFull_ReportsTheStorageFailureUntilAWriteSucceeds()
    {
        using var cli = new CliProcess();
        using var disk = SmallDisk.Mount(4);
        await using var app = await ServiceApplication.BuildAsync(new HostPaths(cli.ConfigDirectory, disk.Path), "http://127.0.0.1:0", TextWriter.Null, scheduler: false);
        await app.StartAsync();
        try
        {
            var seen = app.Services.GetRequiredService<ISeenItemStore>();
            var now = new DateTimeOffset(2026, 12, 5, 6, 0, 0, TimeSpan.Zero);
            await seen.MarkAsync([1L], now, CancellationToken.None);
            var (status, storage) = await HealthAsync(app);
            Assert.Equal((HttpStatusCode.OK, "ok"), (status, storage));

            disk.Fill();
            var full = await Assert.ThrowsAsync<SqliteException>(async () =>
            {
                for (var i = 0; i < 1_000; i++)
                {
                    await seen.MarkAsync(Enumerable.Range(0, 1_000).Select(k => 1_000_000L + (i * 1_000L) + k).ToArray(), now, CancellationToken.None);
                }
            });
            Assert.Equal(13, full.SqliteErrorCode);

            (status, storage) = await HealthAsync(app);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
            Assert.StartsWith("error: write failed at ", storage, StringComparison.Ordinal);
            Assert.Contains("full", storage, StringComparison.Ordinal);

            // Reads still work, and stay failing on /healthz until a write goes through.
            Assert.Contains(1L, await seen.FindAsync([1L], CancellationToken.None));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await HealthAsync(app)).Status);

            disk.Free();
            await seen.MarkAsync([2L], now, CancellationToken.None);
            (status, storage) = await HealthAsync(app);
            Assert.Equal((HttpStatusCode.OK, "ok"), (status, storage));
            Assert.Contains(1L, await seen.FindAsync([1L], CancellationToken.None));
        }
        finally
        {
            await app.StopAsync();
            SqliteConnection.ClearAllPools();
        }
    }

    private static async Task<(HttpStatusCode Status, string Storage)> HealthAsync(WebApplication app)
    {
        using var services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        var http = services.GetRequiredService<IHttpClientFactory>().CreateClient();
        using var response = await http.GetAsync(new Uri(new Uri(app.Urls.First()), "/healthz"));
        using var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, health.RootElement.GetProperty("storage").GetString()!);
    }
}
