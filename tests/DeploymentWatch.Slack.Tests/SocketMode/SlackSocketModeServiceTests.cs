using System.Text.Json.Nodes;
using DeploymentWatch.Domain.Subscriptions;
using DeploymentWatch.Slack.SocketMode;
using DeploymentWatch.Slack.Tests.Fakes;
using DeploymentWatch.TestKit.Slack;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DeploymentWatch.Slack.Tests.SocketMode;

public sealed class SlackSocketModeServiceTests : IAsyncLifetime
{
    private readonly SlackTestTime time = new(new DateTimeOffset(2025, 1, 13, 7, 0, 0, TimeSpan.Zero));
    private readonly RecordingCommandService commands = new();
    private FakeSlackApi api = null!;
    private FakeSocketModeServer socketServer = null!;
    private ServiceProvider services = null!;

    private SlackSocketModeService Service => services.GetServices<IHostedService>().OfType<SlackSocketModeService>().Single();

    public async Task InitializeAsync()
    {
        api = await FakeSlackApi.StartAsync();
        socketServer = await FakeSocketModeServer.StartAsync();
        api.SocketModeUrl = socketServer.NextUrl;
        var settings = SlackTestServices.Settings(api);
        settings["SLACK_APP_TOKEN"] = FakeSlackApi.AppToken;
        services = SlackTestServices.Build(settings, time, commands);
    }

    public async Task DisposeAsync()
    {
        await Service.StopAsync(CancellationToken.None);
        await services.DisposeAsync();
        await socketServer.DisposeAsync();
        await api.DisposeAsync();
    }

    [Fact]
    public async Task Run_SlashCommandThenDisconnect_AcksWithAnswerAndReconnectsWithFreshUrl()
    {
        await Service.StartAsync(CancellationToken.None);
        var first = await socketServer.NextConnectionAsync();
        await first.SendHelloAsync();

        await first.SendAsync(SlashCommand("env-1", "status"));
        var ack = await first.ReceiveAsync();
        await first.SendDisconnectAsync("refresh_requested");
        var afterDisconnect = await first.ReceiveAsync();
        var second = await socketServer.NextConnectionAsync();

        Assert.Equal("env-1", (string?)ack!["envelope_id"]);
        Assert.Equal("ephemeral", (string?)ack["payload"]!["response_type"]);
        Assert.Contains("Subscribed", (string?)ack["payload"]!["text"], StringComparison.Ordinal);
        var request = Assert.Single(commands.Requests);
        Assert.Equal(new ChannelAddress("slack", FakeSlackApi.TeamId, "C0ALERTS"), request.Channel);
        Assert.Equal("status", request.Text);
        Assert.Null(afterDisconnect);
        Assert.NotEqual(first.Ticket, second.Ticket);
        Assert.Equal(2, api.CallsTo("apps.connections.open").Count());
        Assert.All(api.CallsTo("apps.connections.open"), c => Assert.Equal(FakeSlackApi.AppToken, c.Token));
        Assert.Empty(api.Violations);
    }

    [Fact]
    public async Task Run_SlowSlashCommand_AcksInTimeAndAnswersThroughResponseUrl()
    {
        commands.Hold();
        await Service.StartAsync(CancellationToken.None);
        var connection = await socketServer.NextConnectionAsync();
        await connection.SendHelloAsync();
        var envelope = SlashCommand("env-slow", "figures killed");
        envelope["payload"]!["response_url"] = api.ResponseUrl("sock-1").AbsoluteUri;

        await connection.SendAsync(envelope);
        time.Advance(await time.NextWaitAsync());
        var ack = await connection.ReceiveAsync();
        commands.Release();
        var (path, followUp) = await api.NextResponseUrlPostAsync();

        Assert.Equal("env-slow", (string?)ack!["envelope_id"]);
        Assert.StartsWith("Working on", (string?)ack["payload"]!["text"], StringComparison.Ordinal);
        Assert.Equal("sock-1", path);
        Assert.Contains("Subscribed", (string?)followUp["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_EventsEnvelope_IsAckedWithoutPayload()
    {
        await Service.StartAsync(CancellationToken.None);
        var connection = await socketServer.NextConnectionAsync();
        await connection.SendHelloAsync();

        await connection.SendAsync(new JsonObject
        {
            ["envelope_id"] = "env-ev",
            ["type"] = "events_api",
            ["accepts_response_payload"] = false,
            ["payload"] = new JsonObject { ["type"] = "event_callback" },
        });
        var ack = await connection.ReceiveAsync();

        Assert.Equal(new JsonObject { ["envelope_id"] = "env-ev" }.ToJsonString(), ack!.ToJsonString());
        Assert.Empty(commands.Requests);
    }

    [Fact]
    public async Task Run_ConnectionDropped_BacksOffOnTheClockThenReconnects()
    {
        await Service.StartAsync(CancellationToken.None);
        var first = await socketServer.NextConnectionAsync();
        await first.SendHelloAsync();

        first.Abort();
        var backoff = await time.NextWaitAsync();
        time.Advance(backoff);
        var second = await socketServer.NextConnectionAsync();

        Assert.Equal(TimeSpan.FromSeconds(1), backoff);
        Assert.NotEqual(first.Ticket, second.Ticket);
    }

    [Fact]
    public async Task Run_FirstFrameNotHello_ReconnectsWithoutHandlingIt()
    {
        await Service.StartAsync(CancellationToken.None);
        var first = await socketServer.NextConnectionAsync();

        await first.SendAsync(SlashCommand("env-early", "status"));
        Assert.Null(await first.ReceiveAsync());
        time.Advance(await time.NextWaitAsync());
        await socketServer.NextConnectionAsync();

        Assert.Empty(commands.Requests);
    }

    [Fact]
    public async Task Run_LinkDisabled_StopsForGood()
    {
        await Service.StartAsync(CancellationToken.None);
        var connection = await socketServer.NextConnectionAsync();
        await connection.SendHelloAsync();

        await connection.SendDisconnectAsync("link_disabled");
        Assert.Null(await connection.ReceiveAsync());
        await Service.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1, socketServer.UrlsIssued);
    }

    [Fact]
    public async Task Run_AppTokenRefused_StopsWithoutRetrying()
    {
        api.Enqueue("apps.connections.open", FakeSlackReply.Fail("invalid_auth"));

        await Service.StartAsync(CancellationToken.None);
        await Service.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Single(api.CallsTo("apps.connections.open"));
        Assert.Equal(0, socketServer.UrlsIssued);
    }

    private static JsonObject SlashCommand(string envelopeId, string text) => new()
    {
        ["envelope_id"] = envelopeId,
        ["type"] = "slash_commands",
        ["accepts_response_payload"] = true,
        ["payload"] = new JsonObject
        {
            ["token"] = "bHKJ2n9AW6Ju3MjciOHfbA1b",
            ["team_id"] = FakeSlackApi.TeamId,
            ["team_domain"] = "example",
            ["channel_id"] = "C0ALERTS",
            ["channel_name"] = "alerts",
            ["user_id"] = "U0MEMBER",
            ["user_name"] = "someone",
            ["command"] = "/deploymentwatch",
            ["text"] = text,
            ["api_app_id"] = "A0FAKE",
            ["response_url"] = "https://hooks.slack.com/commands/T0FAKE001/1/abc",
            ["trigger_id"] = "1.2.3",
        },
    };
}
