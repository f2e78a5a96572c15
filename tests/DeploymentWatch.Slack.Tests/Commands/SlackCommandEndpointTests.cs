using System.Text.Json.Nodes;
using DeploymentWatch.Application.Commands;
using DeploymentWatch.Domain.Messages;
using DeploymentWatch.Domain.Subscriptions;
using DeploymentWatch.Slack.Tests.Fakes;
using DeploymentWatch.TestKit.Slack;

namespace DeploymentWatch.Slack.Tests.Commands;

public sealed class SlackCommandEndpointTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2025, 1, 13, 7, 0, 0, TimeSpan.Zero);
    private FakeSlackApi api = null!;

    public async Task InitializeAsync() => api = await FakeSlackApi.StartAsync();

    public async Task DisposeAsync() => await api.DisposeAsync();

    [Fact]
    public async Task Post_DocumentationExample_IsAcceptedAndRunsTheCommand()
    {
        var settings = SlackTestServices.Settings(api);
        settings["SLACK_SIGNING_SECRET"] = SlackSignatureVerifierTests.DocSecret;
        await using var host = await SlackCommandTestHost.StartAsync(settings, SlackSignatureVerifierTests.DocTime.AddSeconds(10));

        var (status, body) = await host.PostAsync(SlackSignatureVerifierTests.DocBody, SlackSignatureVerifierTests.DocTimestamp, SlackSignatureVerifierTests.DocSignature);

        Assert.Equal(200, status);
        var request = Assert.Single(host.Commands.Requests);
        Assert.Equal(new ChannelAddress("slack", "T1DC2JH3J", "G8PSS9T3V"), request.Channel);
        Assert.Equal("U2CERLKJA", request.UserId);
        Assert.Equal("help", request.Text);
        Assert.Equal("ephemeral", (string?)JsonNode.Parse(body)!["response_type"]);
    }

    [Theory]
    [InlineData("v0=0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("garbage")]
    public async Task Post_ForgedSignature_Is401AndRunsNothing(string signature)
    {
        await using var host = await SlackCommandTestHost.StartAsync(SlackTestServices.Settings(api), Now);
        var timestamp = Now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var (status, _) = await host.PostAsync(Form("subscribe all", "U0ADMIN"), timestamp, signature);

        Assert.Equal(401, status);
        Assert.Empty(host.Commands.Requests);
        Assert.Empty(api.Calls);
    }

    [Fact]
    public async Task Post_StaleButCorrectlySignedRequest_Is401()
    {
        await using var host = await SlackCommandTestHost.StartAsync(SlackTestServices.Settings(api), Now);
        var body = Form("unsubscribe", "U0ADMIN");
        var (timestamp, signature) = SlackTestServices.Sign(body, Now.AddMinutes(-5).AddSeconds(-1));

        var (status, _) = await host.PostAsync(body, timestamp, signature);

        Assert.Equal(401, status);
        Assert.Empty(host.Commands.Requests);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public async Task Post_MissingHeader_Is401(bool sendTimestamp, bool sendSignature)
    {
        await using var host = await SlackCommandTestHost.StartAsync(SlackTestServices.Settings(api), Now);
        var body = Form("subscribe all", "U0ADMIN");
        var (timestamp, signature) = SlackTestServices.Sign(body, Now);

        var (status, _) = await host.PostAsync(body, sendTimestamp ? timestamp : null, sendSignature ? signature : null);

        Assert.Equal(401, status);
        Assert.Empty(host.Commands.Requests);
    }

    [Theory]
    [InlineData("subscribe all")]
    [InlineData("ssl_check")]
    public async Task Post_NoSigningSecretConfigured_Is503ForEverything(string text)
    {
        var settings = SlackTestServices.Settings(api);
        settings["SLACK_SIGNING_SECRET"] = null;
        await using var host = await SlackCommandTestHost.StartAsync(settings, Now);
        var body = text == "ssl_check" ? "ssl_check=1&token=x" : Form(text, "U0ADMIN");
        var (timestamp, signature) = SlackTestServices.Sign(body, Now);

        var (status, reply) = await host.PostAsync(body, timestamp, signature);

        Assert.Equal(503, status);
        Assert.Contains("SLACK_SIGNING_SECRET", reply, StringComparison.Ordinal);
        Assert.Empty(host.Commands.Requests);
    }

    [Fact]
    public async Task Post_UnsignedSslCheck_Is200AndRunsNothing()
    {
        await using var host = await SlackCommandTestHost.StartAsync(SlackTestServices.Settings(api), Now);

        var (status, _) = await host.PostAsync("ssl_check=1&token=gIkuvaNzQIHg97ATvDxqgjtO", null, null);

        Assert.Equal(200, status);
        Assert.Empty(host.Commands.Requests);
    }

    [Fact]
    public async Task Post_SslCheckWithBadSignature_Is401()
    {
        await using var host = await SlackCommandTestHost.StartAsync(SlackTestServices.Settings(api), Now);

        var (status, _) = await host.PostAsync("ssl_check=1&token=x", "1736751600", "v0=bad");

        Assert.Equal(401, status);
    }

    [Fact]
    public async Task Post_SubscribeByWorkspaceAdmin_CanManageAndAnswersInChannel()
    {
        api.Workspace.AddUser("U0ADMIN", isAdmin: true);
        await using var host = await SlackCommandTestHost.StartAsync(SlackTestServices.Settings(api), Now);

        var (status, body) = await host.PostSignedAsync(Form("subscribe casualties icbm-satellite", "U0ADMIN"));

        Assert.Equal(200, status);
        var request = Assert.Single(host.Commands.Requests);
        Assert.True(request.CanManageChannel);
        Assert.Equal("subscribe casualties icbm-satellite", request.Text);
        var json = JsonNode.Parse(body)!;
        Assert.Equal("in_channel", (string?)json["response_type"]);
        Assert.Equal("header", (string?)json["blocks"]![0]!["type"]);
        Assert.Empty(api.Violations);
    }

    [Fact]
    public async Task Post_SubscribeByOrdinaryUser_CannotManageAndAnswersEphemeral()
    {
        api.Workspace.AddUser("U0MEMBER");
        await using var host = await SlackCommandTestHost.StartAsync(SlackTestServices.Settings(api), Now);
        host.Commands.Reply = CommandReply.Error("Not allowed", "Only workspace admins can change this channel.");

        var (_, body) = await host.PostSignedAsync(Form("mute casualties 6h", "U0MEMBER"));

        Assert.False(Assert.Single(host.Commands.Requests).CanManageChannel);
        Assert.Equal("ephemeral", (string?)JsonNode.Parse(body)!["response_type"]);
    }

    [Fact]
    public async Task Post_AdminCheckedTwice_AsksSlackOnce()
    {
        api.Workspace.AddUser("U0OWNER", isOwner: true);
        await using var host = await SlackCommandTestHost.StartAsync(SlackTestServices.Settings(api), Now);

        await host.PostSignedAsync(Form("subscribe all", "U0OWNER"));
        await host.PostSignedAsync(Form("unsubscribe", "U0OWNER"));

        Assert.All(host.Commands.Requests, r => Assert.True(r.CanManageChannel));
        var lookup = Assert.Single(api.CallsTo("users.info"));
        Assert.Equal("U0OWNER", (string?)lookup.Arguments["user"]);
        Assert.Empty(api.Violations);
    }

    [Fact]
    public async Task Post_UserOnAllowList_CanManageWithoutAskingSlack()
    {
        var settings = SlackTestServices.Settings(api);
        settings["SLACK_ADMIN_USER_IDS"] = "U0OPS, W0LEAD";
        await using var host = await SlackCommandTestHost.StartAsync(settings, Now);

        await host.PostSignedAsync(Form("subscribe all", "W0LEAD"));

        Assert.True(Assert.Single(host.Commands.Requests).CanManageChannel);
        Assert.Empty(api.CallsTo("users.info"));
    }

    [Fact]
    public async Task Post_ReadOnlyCommand_SkipsAdminLookup()
    {
        await using var host = await SlackCommandTestHost.StartAsync(SlackTestServices.Settings(api), Now);
        host.Commands.Reply = new CommandReply(MessageDocument.Plain("Killed", "NIS: ~300 (2025-01-13)"), false);

        var (_, body) = await host.PostSignedAsync(Form("figures killed", "U0MEMBER"));

        Assert.Equal("figures killed", Assert.Single(host.Commands.Requests).Text);
        Assert.Empty(api.CallsTo("users.info"));
        Assert.Equal("ephemeral", (string?)JsonNode.Parse(body)!["response_type"]);
    }

    [Fact]
    public async Task Post_SlowCommand_AcksWithinBudgetThenAnswersThroughResponseUrl()
    {
        await using var host = await SlackCommandTestHost.StartAsync(SlackTestServices.Settings(api), Now);
        host.Commands.Hold();

        var post = host.PostSignedAsync(Form("figures killed", "U0MEMBER", api.ResponseUrl("cmd-1")));
        Assert.Equal(TimeSpan.FromSeconds(2), await host.Time.NextWaitAsync());
        host.Time.Advance(TimeSpan.FromSeconds(2));
        var (status, body) = await post;
        host.Commands.Release();
        var (path, followUp) = await api.NextResponseUrlPostAsync();

        Assert.Equal(200, status);
        var ack = JsonNode.Parse(body)!;
        Assert.Equal("ephemeral", (string?)ack["response_type"]);
        Assert.StartsWith("Working on", (string?)ack["text"], StringComparison.Ordinal);
        Assert.Equal("cmd-1", path);
        Assert.Equal("ephemeral", (string?)followUp["response_type"]);
        Assert.Contains("Subscribed", (string?)followUp["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_PlusEncodedSpaces_ReachTheCommandAsSpaces()
    {
        await using var host = await SlackCommandTestHost.StartAsync(SlackTestServices.Settings(api), Now);

        await host.PostSignedAsync("command=%2Fdeploymentwatch&text=figures+killed+NIS&team_id=T0FAKE001&channel_id=C0ALERTS&user_id=U0MEMBER");

        Assert.Equal("figures killed NIS", Assert.Single(host.Commands.Requests).Text);
    }

    [Fact]
    public async Task Post_SignedButWithoutChannel_Is400AndRunsNothing()
    {
        await using var host = await SlackCommandTestHost.StartAsync(SlackTestServices.Settings(api), Now);

        var (status, _) = await host.PostSignedAsync("command=%2Fdeploymentwatch&text=status&team_id=T0FAKE001&user_id=U1");

        Assert.Equal(400, status);
        Assert.Empty(host.Commands.Requests);
    }

    private static string Form(string text, string user, Uri? responseUrl = null) => string.Join('&', new Dictionary<string, string>
    {
        ["token"] = "gIkuvaNzQIHg97ATvDxqgjtO",
        ["team_id"] = FakeSlackApi.TeamId,
        ["team_domain"] = "example",
        ["channel_id"] = "C0ALERTS",
        ["channel_name"] = "alerts",
        ["user_id"] = user,
        ["user_name"] = "someone",
        ["command"] = "/deploymentwatch",
        ["text"] = text,
        ["response_url"] = (responseUrl ?? new Uri("https://hooks.slack.com/commands/1234/5678")).AbsoluteUri,
        ["trigger_id"] = "13345224609.738474920.8088930838d88f008e0",
        ["api_app_id"] = "A123456",
    }.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
}
