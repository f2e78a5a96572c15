using System.Text.Json.Nodes;
using DeploymentWatch.TestKit.Postgres;
using Npgsql;

namespace DeploymentWatch.Tests.EndToEnd;

/// <summary>
/// Issue 12: two instances of the service on one PostgreSQL database in Gateway mode. Every connected process would
/// receive every interaction, so only the instance holding the advisory lock connects; when it goes, the other takes
/// the lock on its next try (1 s here, 15 s by default: well within the minute) and answers.
/// </summary>
public sealed class DiscordGatewayInstancesTests
{
    [Fact]
    public async Task Gateway_TwoInstancesOnOnePostgres_OneHoldsItAndTheOtherTakesOverWhenItStops()
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using var server = await PostgresServer.StartAsync(NpgsqlFactory.Instance, guard.Token);
        await using var database = await server.CreateDatabaseAsync(guard.Token);
        await using var host = await DiscordGatewayEndToEndHost.StartAsync(database.ConnectionString);

        var first = await host.StartInstanceAsync();
        await host.Gateway.WaitUntilReadyAsync(guard.Token);
        var second = await host.StartInstanceAsync();
        await host.WaitForHealthAsync(second, "standby: another instance holds the Gateway");

        Assert.Equal(1, host.Gateway.Connections);
        Assert.Equal(1, host.Gateway.Identifies);
        Assert.Equal("Status", (string?)(await host.RunCommandAsync("status", manager: false)).FirstEmbed["title"]);

        // The holder goes away; its connection (and with it the lock) ends, and the other instance connects.
        // The fake may not have seen the first connection close when StopAsync returns (its READY would still
        // count), so the second instance's own health says when it has connected and identified.
        await first.StopAsync();
        await host.WaitForHealthAsync(second, "gateway: connected");
        await host.Gateway.WaitUntilReadyAsync(guard.Token);
        Assert.Equal(2, host.Gateway.Identifies);

        var answer = await host.RunCommandAsync("figures", new JsonObject { ["metric"] = "killed" }, manager: false);
        answer.AssertAnsweredAtOnceUnlessTheBudgetRanOut(DiscordGatewayEndToEndHost.ReplyBudget);
        Assert.Equal(2, host.Api.InteractionCallbacks.Count);
        Assert.Empty(host.Gateway.Violations);
        Assert.Empty(host.Api.Violations);
    }
}
