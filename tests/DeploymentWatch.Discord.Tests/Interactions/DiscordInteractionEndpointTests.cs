using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DeploymentWatch.Application.Commands;
using DeploymentWatch.Discord.Interactions;
using DeploymentWatch.Discord.Tests.Support;
using DeploymentWatch.Domain.Subscriptions;
using DeploymentWatch.TestKit.Discord;
using Microsoft.Extensions.DependencyInjection;

namespace DeploymentWatch.Discord.Tests.Interactions;

/// <summary>POST /discord/interactions on a real loopback app, signed with a real Ed25519 key.</summary>
public class DiscordInteractionEndpointTests
{
    [Fact]
    public async Task Post_SignedPing_AnswersPongAsJson()
    {
        await using var host = await InteractionsHost.StartAsync();

        using var response = await host.PostSignedAsync(InteractionJson.Ping);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal("""{"type":1}""", body);
        Assert.Empty(DiscordOpenApiSchemas.Validate(DiscordOpenApiSchemas.PongCallback, body));
    }

    [Fact]
    public async Task Post_SignedAutocomplete_AnswersTheMatchingChoicesWithoutRunningACommand()
    {
        await using var host = await InteractionsHost.StartAsync();
        const string body = """
            {"type":4,"id":"1190000000000001001","application_id":"1100000000000000001","token":"aW50ZXJhY3Rpb246YWM",
             "guild_id":"1100000000000000100","channel_id":"1100000000000000200",
             "member":{"user":{"id":"1100000000000000300"},"permissions":"3072"},
             "data":{"id":"1","name":"deploymentwatch","type":1,"options":[{"name":"mute","type":1,"options":[{"name":"topic","type":3,"value":"cas","focused":true}]}]}}
            """;

        using var response = await host.PostSignedAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadAsStringAsync();
        Assert.Equal("""{"type":8,"data":{"choices":[{"name":"casualties","value":"casualties"}]}}""", json);
        Assert.Empty(DiscordOpenApiSchemas.Validate("ApplicationCommandAutocompleteCallbackRequest", json));
        Assert.Empty(host.Commands.Requests);
    }

    [Fact]
    public async Task Post_DiscordShapedTestVector_AnswersPong()
    {
        await using var host = await InteractionsHost.StartAsync(now: DateTimeOffset.FromUnixTimeSeconds(1_700_000_000));

        using var response = await host.PostAsync("""{"type":1}""",
            "1695961a47c91a1ec033b819b7e87e3dbc583dd0cee6d1fd0216f58ac87b6228ae531ddbf91fb7bc28d7edf7f08604da16f54624f38a6bc0614e4dc13cd47f0f", "1700000000");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_AppWithAGeneratedKeyPair_AcceptsRequestsSignedWithItsSecretKeyOnly()
    {
        await using var host = await InteractionsHost.StartAsync(keys: Ed25519TestKeys.Generate());
        var body = InteractionJson.Command("status");

        using var genuine = await host.PostSignedAsync(body);
        using var signedWithTheRfcKey = await host.PostAsync(body, Ed25519TestKeys.Rfc8032Test1.Sign(host.Now, Encoding.UTF8.GetBytes(body)), host.Now);

        Assert.Equal(HttpStatusCode.OK, genuine.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, signedWithTheRfcKey.StatusCode);
        Assert.Equal("status", Assert.Single(host.Commands.Requests).Text);
    }

    [Theory]
    [InlineData("forged")]
    [InlineData("flipped")]
    [InlineData("replayed")]
    [InlineData("stale")]
    [InlineData("future")]
    [InlineData("unsigned")]
    [InlineData("no-timestamp")]
    [InlineData("malformed-hex")]
    [InlineData("wrong-length")]
    public async Task Post_BadSignature_Answers401AndNeverRunsTheCommand(string attack)
    {
        await using var host = await InteractionsHost.StartAsync();
        var body = InteractionJson.Command("unsubscribe");
        var bytes = Encoding.UTF8.GetBytes(body);
        var now = host.Now;
        var genuine = host.Keys.Sign(now, bytes);
        if (attack == "replayed")
        {
            using var first = await host.PostAsync(body, genuine, now);
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        var stale = (host.Time.GetUtcNow() - TimeSpan.FromMinutes(6)).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var future = (host.Time.GetUtcNow() + TimeSpan.FromMinutes(6)).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (signature, timestamp) = attack switch
        {
            "forged" => (Ed25519TestKeys.Generate().Sign(now, bytes), now),
            "flipped" => ((genuine[0] == 'a' ? "b" : "a") + genuine[1..], now),
            "replayed" => (genuine, now),
            "stale" => (host.Keys.Sign(stale, bytes), stale),
            "future" => (host.Keys.Sign(future, bytes), future),
            "unsigned" => ((string?)null, (string?)null),
            "no-timestamp" => (genuine, null),
            "malformed-hex" => ("not-hex-" + genuine[8..], now),
            _ => (genuine[..100], now),
        };

        using var response = await host.PostAsync(body, signature, timestamp);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(attack == "replayed" ? 1 : 0, host.Commands.Requests.Count);
    }

    [Fact]
    public async Task Post_MuteCommand_RunsTheCommandLineForThisChannelAndReplies()
    {
        await using var host = await InteractionsHost.StartAsync();
        var body = InteractionJson.Command("mute", [InteractionJson.Option("topic", "casualties"), InteractionJson.Option("duration", "6h")]);

        using var response = await host.PostSignedAsync(body);

        var request = Assert.Single(host.Commands.Requests);
        Assert.Equal(new ChannelAddress("discord", InteractionJson.Guild, InteractionJson.Channel), request.Channel);
        Assert.Equal(InteractionJson.User, request.UserId);
        Assert.True(request.CanManageChannel);
        Assert.Equal("mute casualties 6h", request.Text);
        var reply = await ReadAsync(response);
        Assert.Equal(4, reply["type"]!.GetValue<int>());
        Assert.Equal("Subscribed", reply["data"]!["embeds"]![0]!["title"]!.GetValue<string>());
        Assert.Null(reply["data"]!["flags"]);
        Assert.Empty(DiscordOpenApiSchemas.Validate(DiscordOpenApiSchemas.InteractionMessageCallback, reply.ToJsonString()));
    }

    [Fact]
    public async Task Post_FiguresWithChart_PassesTheFlagAndAnyoneMayRunIt()
    {
        await using var host = await InteractionsHost.StartAsync();
        var body = InteractionJson.Command("figures",
            [InteractionJson.Option("metric", "killed"), InteractionJson.Option("source", "NIS"), InteractionJson.Option("chart", true, type: 5)], permissions: "2048");

        using var response = await host.PostSignedAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = Assert.Single(host.Commands.Requests);
        Assert.Equal("figures killed NIS --chart", request.Text);
        Assert.False(request.CanManageChannel);
    }

    [Fact]
    public async Task Post_ErrorReply_IsEphemeral()
    {
        await using var host = await InteractionsHost.StartAsync();
        host.Commands.Reply = CommandReply.Error("Unknown topic", "There is no topic called \"@everyone\".");

        using var response = await host.PostSignedAsync(InteractionJson.Command("latest", [InteractionJson.Option("topic", "all")]));

        var reply = await ReadAsync(response);
        Assert.Equal(64, reply["data"]!["flags"]!.GetValue<int>());
        Assert.Empty(reply["data"]!["allowed_mentions"]!["parse"]!.AsArray());
        Assert.Empty(DiscordOpenApiSchemas.Validate(DiscordOpenApiSchemas.InteractionMessageCallback, reply.ToJsonString()));
    }

    [Theory]
    [InlineData("subscribe")]
    [InlineData("unsubscribe")]
    [InlineData("digest")]
    public async Task Post_ChangingSubcommandWithoutManageChannels_IsRefusedWithoutRunningIt(string subcommand)
    {
        await using var host = await InteractionsHost.StartAsync();

        using var response = await host.PostSignedAsync(InteractionJson.Command(subcommand, permissions: "2048"));

        var reply = await ReadAsync(response);
        Assert.Equal(64, reply["data"]!["flags"]!.GetValue<int>());
        Assert.Contains("Manage Channels", reply["data"]!["embeds"]![0]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(host.Commands.Requests);
    }

    [Fact]
    public async Task Post_Administrator_MayChangeTheChannel()
    {
        await using var host = await InteractionsHost.StartAsync();

        using var response = await host.PostSignedAsync(InteractionJson.Command("unsubscribe", permissions: "8"));

        Assert.True(Assert.Single(host.Commands.Requests).CanManageChannel);
    }

    [Fact]
    public async Task Post_InDirectMessages_AsksForAServerChannel()
    {
        await using var host = await InteractionsHost.StartAsync();

        using var response = await host.PostSignedAsync(InteractionJson.Command("status", inGuild: false));

        var reply = await ReadAsync(response);
        Assert.Equal(64, reply["data"]!["flags"]!.GetValue<int>());
        Assert.Empty(host.Commands.Requests);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("""{"type":3,"id":"1"}""")]
    public async Task Post_SignedButUnusable_Answers400(string body)
    {
        await using var host = await InteractionsHost.StartAsync();

        using var response = await host.PostSignedAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_SlowCommand_DefersThenEditsTheOriginalResponse()
    {
        await using var discord = await FakeDiscordApi.StartAsync();
        await using var host = await InteractionsHost.StartAsync(discord);
        host.Commands.Hold();

        var pending = host.PostSignedAsync(InteractionJson.Command("status"));
        await host.Commands.Started.WaitAsync(TimeSpan.FromSeconds(30));
        host.Time.Advance(TimeSpan.FromSeconds(2));
        using var response = await pending.WaitAsync(TimeSpan.FromSeconds(30));
        var deferred = await ReadAsync(response);
        host.Commands.Release();
        await host.Services.GetRequiredService<CommandRunner>().WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("""{"type":5}""", deferred.ToJsonString());
        var edit = Assert.Single(discord.InteractionEdits);
        Assert.Equal((DiscordTestServices.ApplicationId, InteractionJson.Token), (edit.ApplicationId, edit.Token));
        Assert.Equal("Subscribed", edit.Payload.GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.Empty(discord.Violations);
    }

    [Fact]
    public async Task Post_SlowCommandThatFails_RemovesTheDeferredReplyAndSendsTheErrorEphemerally()
    {
        await using var discord = await FakeDiscordApi.StartAsync();
        await using var host = await InteractionsHost.StartAsync(discord);
        host.Commands.Reply = CommandReply.Error("Not subscribed", "This channel is not subscribed.");
        host.Commands.Hold();

        var pending = host.PostSignedAsync(InteractionJson.Command("status"));
        await host.Commands.Started.WaitAsync(TimeSpan.FromSeconds(30));
        host.Time.Advance(TimeSpan.FromSeconds(2));
        using var response = await pending.WaitAsync(TimeSpan.FromSeconds(30));
        var deferred = await ReadAsync(response);
        host.Commands.Release();
        await host.Services.GetRequiredService<CommandRunner>().WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("""{"type":5}""", deferred.ToJsonString());
        Assert.Empty(discord.InteractionEdits);
        Assert.Equal((DiscordTestServices.ApplicationId, InteractionJson.Token), Assert.Single(discord.DeletedOriginals));
        var followup = Assert.Single(discord.Followups);
        Assert.Equal(64, followup.Payload.GetProperty("flags").GetInt32());
        Assert.Equal("Not subscribed", followup.Payload.GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.Empty(discord.Violations);
    }

    [Fact]
    public async Task Post_ReplyWithChart_DefersAndUploadsTheChartInTheEdit()
    {
        await using var discord = await FakeDiscordApi.StartAsync();
        await using var host = await InteractionsHost.StartAsync(discord);
        host.Commands.Reply = new CommandReply(SampleDocuments.WithChart(), false);

        using var response = await host.PostSignedAsync(InteractionJson.Command("figures", [InteractionJson.Option("chart", true, type: 5)]));
        var deferred = await ReadAsync(response);
        await host.Services.GetRequiredService<CommandRunner>().WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(5, deferred["type"]!.GetValue<int>());
        var edit = Assert.Single(discord.InteractionEdits);
        Assert.Equal("killed_chart.png", Assert.Single(edit.Files).FileName);
        Assert.Equal("attachment://killed_chart.png", edit.Payload.GetProperty("embeds")[0].GetProperty("image").GetProperty("url").GetString());
        Assert.Empty(discord.Violations);
    }

    private static async Task<JsonNode> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
