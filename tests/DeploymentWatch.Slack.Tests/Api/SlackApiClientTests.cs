using DeploymentWatch.Slack.Api;
using DeploymentWatch.Slack.Tests.Fakes;
using DeploymentWatch.TestKit.Slack;
using Microsoft.Extensions.DependencyInjection;

namespace DeploymentWatch.Slack.Tests.Api;

public sealed class SlackApiClientTests : IAsyncLifetime
{
    private FakeSlackApi api = null!;
    private ServiceProvider services = null!;

    private ISlackApiClient Client => services.GetRequiredService<ISlackApiClient>();

    public async Task InitializeAsync()
    {
        api = await FakeSlackApi.StartAsync();
        var settings = SlackTestServices.Settings(api);
        settings["SLACK_APP_TOKEN"] = FakeSlackApi.AppToken;
        services = SlackTestServices.Build(settings, new SlackTestTime(DateTimeOffset.UnixEpoch));
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await api.DisposeAsync();
    }

    [Fact]
    public async Task GetUserAsync_Admin_ReadsFlagsFromSpecShapedAnswer()
    {
        api.Workspace.AddUser("W012A3CDE", isAdmin: true);

        var result = await Client.GetUserAsync("W012A3CDE", CancellationToken.None);

        Assert.True(result.IsOk);
        Assert.Equal(new SlackUser("W012A3CDE", true, false, false, false), result.Value);
        Assert.Equal(FakeSlackApi.BotToken, Assert.Single(api.CallsTo("users.info")).Token);
        Assert.Empty(api.Violations);
    }

    [Fact]
    public async Task GetUserAsync_Unknown_IsTypedError()
    {
        var result = await Client.GetUserAsync("U0NOBODY", CancellationToken.None);

        Assert.Equal(SlackApiResult<SlackUser>.Failed("user_not_found"), result);
    }

    [Fact]
    public async Task OpenConnectionAsync_AppToken_ReturnsUrl()
    {
        var url = new Uri("wss://wss-primary.slack.com/link/?ticket=abc&app_id=A1");
        api.SocketModeUrl = () => url;

        var result = await Client.OpenConnectionAsync(CancellationToken.None);

        Assert.Equal(url, result.Value);
        var call = Assert.Single(api.CallsTo("apps.connections.open"));
        Assert.Equal(FakeSlackApi.AppToken, call.Token);
        Assert.Null(call.Arguments["token"]);
        Assert.Empty(api.Violations);
    }

    [Fact]
    public async Task PostMessageAsync_RateLimited_IsTypedWaitFromRetryAfter()
    {
        api.Enqueue("chat.postMessage", FakeSlackReply.RateLimited(TimeSpan.FromSeconds(7)));

        var result = await Client.PostMessageAsync(new SlackMessageRequest("C1", "hi", []), CancellationToken.None);

        Assert.Equal(SlackCallStatus.RateLimited, result.Status);
        Assert.Equal(TimeSpan.FromSeconds(7), result.RetryAfter);
    }

    [Fact]
    public async Task PostMessageAsync_ServerError_IsTransient()
    {
        api.Enqueue("chat.postMessage", FakeSlackReply.ServerError(502));

        var result = await Client.PostMessageAsync(new SlackMessageRequest("C1", "hi", []), CancellationToken.None);

        Assert.Equal(SlackApiResult<SlackPostedMessage>.Transient("http_502"), result);
    }

    [Fact]
    public async Task GetUserAsync_AfterBotTokenRevoked_DoesNotCallSlackButAppTokenStillWorks()
    {
        api.Workspace.AddUser("U0ADMIN", isAdmin: true);
        api.Enqueue("chat.postMessage", FakeSlackReply.Fail("token_revoked"));
        api.SocketModeUrl = () => new Uri("wss://wss-primary.slack.com/link/?ticket=t");
        await Client.PostMessageAsync(new SlackMessageRequest("C1", "hi", []), CancellationToken.None);

        var user = await Client.GetUserAsync("U0ADMIN", CancellationToken.None);
        var socket = await Client.OpenConnectionAsync(CancellationToken.None);

        Assert.Equal("token_revoked", user.Error);
        Assert.Empty(api.CallsTo("users.info"));
        Assert.True(socket.IsOk);
        Assert.StartsWith("stopped: token_revoked", services.GetRequiredService<SlackChannelStatus>().Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostMessageAsync_SlackUnreachable_IsTransientNotException()
    {
        var settings = SlackTestServices.Settings(null);
        settings["SLACK_API_BASE_URL"] = "http://127.0.0.1:9/api";
        await using var offline = SlackTestServices.Build(settings, new SlackTestTime(DateTimeOffset.UnixEpoch));

        var result = await offline.GetRequiredService<ISlackApiClient>().PostMessageAsync(new SlackMessageRequest("C1", "hi", []), CancellationToken.None);

        Assert.Equal(SlackCallStatus.Transient, result.Status);
    }
}
