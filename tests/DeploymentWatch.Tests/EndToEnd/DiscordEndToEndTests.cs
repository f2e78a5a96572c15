using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using DeploymentWatch.TestKit.Discord;

namespace DeploymentWatch.Tests.EndToEnd;

/// <summary>
/// Issue 5: the real service against the fake Discord API. A signed subscribe → a cycle posts the catch-up and the
/// alert embed → a signed mute → a cycle posts nothing → a signed figures answers with the stored figure. A signed
/// PING gets its PONG; a forged, tampered, replayed, stale or unsigned interaction gets 401 and changes nothing; a
/// member without Manage Channels is refused privately.
/// </summary>
public sealed class DiscordEndToEndTests
{
    private const string FirstTitle = "North Korean losses mount in Kursk, spy agency says";
    private const string FirstBody = "About 300 North Korean soldiers have been killed and 2,700 wounded, South Korea's spy agency said.";
    private const string SecondTitle = "Ukraine says it captured two North Korean soldiers";
    private const string SecondBody = "Ukraine's military said it captured two North Korean soldiers in the Kursk region on Saturday.";

    [Fact]
    public async Task Interactions_SubscribeCycleMuteCycleFigures_PostsEmbedsUntilMutedAndAnswersFigures()
    {
        await using var host = await DiscordEndToEndHost.StartAsync();
        host.WriteArticle("001-nis-losses.txt", FirstTitle, FirstBody);

        var subscribed = await host.RunCommandAsync("subscribe", new JsonObject { ["topics"] = "casualties" });
        Assert.False(subscribed.IsEphemeral);
        Assert.Equal("Subscribed", (string?)subscribed.FirstEmbed["title"]);
        Assert.Contains("This channel now gets alerts for casualties", subscribed.Text, StringComparison.Ordinal);
        var subscription = await host.SubscriptionAsync();
        Assert.NotNull(subscription);
        Assert.Equal(new[] { "casualties" }, subscription.Topics.Order(StringComparer.Ordinal));

        var (firstPoll, firstSent) = await host.RunCycleAsync();
        var firstAlert = Assert.Single(firstPoll.Alerts);
        Assert.Contains("casualties", firstAlert.Topics);
        Assert.Equal(0, firstSent.Retried + firstSent.Failed);
        var posted = host.Api.MessagesIn(DiscordEndToEndHost.ChannelId);
        Assert.Equal(2, posted.Count);
        Assert.Equal("Catching up", posted[0].FirstEmbed.GetProperty("title").GetString());
        var alert = posted[1];
        Assert.Equal(FirstTitle, alert.FirstEmbed.GetProperty("title").GetString());
        var alertMessage = JsonNode.Parse(alert.Payload.GetRawText())!.AsObject();
        Assert.Contains("About 300 North Korean soldiers have been killed and 2,700 wounded", DiscordMessageText.Of(alertMessage), StringComparison.Ordinal);
        Assert.Contains("NIS: about 300 killed", DiscordMessageText.Field(alertMessage, "Figures"), StringComparison.Ordinal);
        Assert.All(posted, message =>
        {
            Assert.Equal(JsonValueKind.Array, message.Payload.GetProperty("allowed_mentions").GetProperty("parse").ValueKind);
            Assert.Equal(0, message.Payload.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
            Assert.True(message.Payload.GetProperty("enforce_nonce").GetBoolean());
            Assert.False(string.IsNullOrEmpty(message.Nonce));
        });
        Assert.NotEqual(posted[0].Nonce, posted[1].Nonce);
        Assert.Equal(2, host.Api.AllMessages.Count);

        var muted = await host.RunCommandAsync("mute", new JsonObject { ["topic"] = "casualties", ["duration"] = "6h" });
        Assert.False(muted.IsEphemeral);
        Assert.Contains("Muted casualties until", muted.Text, StringComparison.Ordinal);
        Assert.Equal("casualties", Assert.Single(await host.ActiveMutesAsync()).Topic);

        host.WriteArticle("002-kyiv-captured.txt", SecondTitle, SecondBody);
        var (secondPoll, secondSent) = await host.RunCycleAsync();
        var secondAlert = Assert.Single(secondPoll.Alerts);
        Assert.Contains("casualties", secondAlert.Topics);
        // The alert was delivered elsewhere (the console follows every topic), just not to the muted Discord channel.
        Assert.True(secondSent.Delivered >= 1, $"second cycle delivered {secondSent.Delivered}");
        Assert.Equal(2, host.Api.MessagesIn(DiscordEndToEndHost.ChannelId).Count);
        Assert.Equal(2, host.Api.AllMessages.Count);
        Assert.Equal(0, host.Api.EditCount);

        var figures = await host.RunCommandAsync("figures", new JsonObject { ["metric"] = "killed" }, DiscordEndToEndHost.MemberUserId, DiscordEndToEndHost.MemberPermissions);
        Assert.False(figures.IsEphemeral);
        Assert.Contains("NIS", figures.Text, StringComparison.Ordinal);
        Assert.Contains("about 300 killed", figures.Text, StringComparison.Ordinal);

        // With a chart the reply cannot travel in the HTTP response: "thinking…" (type 5), then PATCH @original with the PNG.
        var chart = await host.RunCommandAsync("figures", new JsonObject { ["metric"] = "killed", ["chart"] = true }, DiscordEndToEndHost.MemberUserId, DiscordEndToEndHost.MemberPermissions);
        Assert.Equal(5, chart.ResponseType);
        Assert.Contains("about 300 killed", chart.Text, StringComparison.Ordinal);
        var png = Assert.Single(chart.Files);
        Assert.Equal("image/png", png.ContentType);
        Assert.Equal("attachment://" + png.FileName, (string?)chart.FirstEmbed["image"]?["url"]);
        Assert.Equal(2, host.Api.AllMessages.Count);
        Assert.Empty(host.Api.Violations);
    }

    [Fact]
    public async Task Ping_Signed_AnswersPong()
    {
        await using var host = await DiscordEndToEndHost.StartAsync();

        var (status, body) = await host.PostSignedAsync($$"""{"application_id":"{{DiscordEndToEndHost.ApplicationId}}","id":"1190000000000000777","token":"cGluZw","type":1,"version":1}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("""{"type":1}""", body);
        Assert.Empty(DiscordOpenApiSchemas.Validate(DiscordOpenApiSchemas.PongCallback, body));
        Assert.Equal(0, host.Api.RequestCount);
    }

    [Theory]
    [InlineData("forged")]
    [InlineData("tampered-body")]
    [InlineData("stale")]
    [InlineData("unsigned")]
    public async Task Interaction_ForgedTamperedStaleOrUnsigned_Is401AndChangesNothing(string kind)
    {
        await using var host = await DiscordEndToEndHost.StartAsync();
        await host.RunCommandAsync("subscribe", new JsonObject { ["topics"] = "casualties" });
        var before = await host.SubscriptionAsync();
        Assert.NotNull(before);
        var stranger = DiscordInteractionSigner.Generate();

        var statuses = new List<HttpStatusCode>();
        foreach (var (subcommand, options) in ChangingCommands())
        {
            var body = host.CommandInteraction(subcommand, options);
            var now = TimeProvider.System.GetUtcNow();
            var (timestamp, signature) = kind switch
            {
                "forged" => stranger.Sign(body, now),
                // A genuine signature of a harmless interaction, sent with a different body.
                "tampered-body" => host.Signer.Sign(host.CommandInteraction("status"), now),
                "stale" => host.Signer.Sign(body, now - TimeSpan.FromMinutes(6)),
                _ => ((string?)null, (string?)null),
            };
            var (refusal, _) = await host.PostAsync(body, timestamp, signature);
            statuses.Add(refusal);
        }

        Assert.Equal(3, statuses.Count);
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        await AssertStillSubscribedToCasualtiesOnlyAsync(host, before);
    }

    [Fact]
    public async Task Interaction_ReplayedWithinTheWindow_Is401AndChangesNothing()
    {
        await using var host = await DiscordEndToEndHost.StartAsync();
        await host.RunCommandAsync("subscribe", new JsonObject { ["topics"] = "casualties" });
        var before = await host.SubscriptionAsync();
        Assert.NotNull(before);

        // Captured genuine requests, each sent once by Discord and undone since; an attacker sends them again.
        var captured = new List<(string Body, string Timestamp, string Signature)>();
        foreach (var (subcommand, options) in new[] { ("mute", new JsonObject { ["topic"] = "casualties", ["duration"] = "6h" }), ("unmute", new JsonObject { ["topic"] = "casualties" }) })
        {
            var body = host.CommandInteraction(subcommand, options);
            var (timestamp, signature) = host.Signer.Sign(body, TimeProvider.System.GetUtcNow());
            var (status, _) = await host.PostAsync(body, timestamp, signature);
            Assert.Equal(HttpStatusCode.OK, status);
            captured.Add((body, timestamp, signature));
        }

        Assert.Empty(await host.ActiveMutesAsync());

        var (replayedMute, _) = await host.PostAsync(captured[0].Body, captured[0].Timestamp, captured[0].Signature);
        var (replayedUnmute, _) = await host.PostAsync(captured[1].Body, captured[1].Timestamp, captured[1].Signature);

        // The same signature in upper-case hex is the same signature, not a new one.
        var (replayedInUpperCase, _) = await host.PostAsync(captured[0].Body, captured[0].Timestamp, captured[0].Signature.ToUpperInvariant());

        Assert.Equal(HttpStatusCode.Unauthorized, replayedMute);
        Assert.Equal(HttpStatusCode.Unauthorized, replayedUnmute);
        Assert.Equal(HttpStatusCode.Unauthorized, replayedInUpperCase);
        await AssertStillSubscribedToCasualtiesOnlyAsync(host, before);
    }

    [Fact]
    public async Task Subscribe_MemberWithoutManageChannels_IsRefusedEphemerallyAndStoresNothing()
    {
        await using var host = await DiscordEndToEndHost.StartAsync();
        host.WriteArticle("001-nis-losses.txt", FirstTitle, FirstBody);

        var refused = await host.RunCommandAsync("subscribe", new JsonObject { ["topics"] = "casualties" }, DiscordEndToEndHost.MemberUserId, DiscordEndToEndHost.MemberPermissions);

        Assert.Equal(4, refused.ResponseType);
        Assert.True(refused.IsEphemeral);
        Assert.Contains("Manage Channels", refused.Text, StringComparison.Ordinal);
        Assert.Null(await host.SubscriptionAsync());

        // No subscription means no catch-up and no alert for the channel, though the alert itself is raised.
        var (poll, _) = await host.RunCycleAsync();
        Assert.Single(poll.Alerts);
        Assert.Empty(host.Api.MessagesIn(DiscordEndToEndHost.ChannelId));
        Assert.Empty(host.Api.Violations);
    }

    private static (string Subcommand, JsonObject Options)[] ChangingCommands() =>
    [
        ("unsubscribe", new JsonObject()),
        ("subscribe", new JsonObject { ["topics"] = "icbm-satellite" }),
        ("mute", new JsonObject { ["topic"] = "casualties", ["duration"] = "6h" }),
    ];

    private static async Task AssertStillSubscribedToCasualtiesOnlyAsync(DiscordEndToEndHost host, DeploymentWatch.Domain.Subscriptions.Subscription before)
    {
        var after = await host.SubscriptionAsync();
        Assert.NotNull(after);
        Assert.Equal(new[] { "casualties" }, after.Topics.Order(StringComparer.Ordinal));
        Assert.Equal(before.CreatedAt, after.CreatedAt);
        Assert.Null(after.DisabledReason);
        Assert.Empty(await host.ActiveMutesAsync());

        // What the channel's members would see agrees: still casualties only, nothing muted.
        var status = await host.RunCommandAsync("status", userId: DiscordEndToEndHost.MemberUserId, permissions: DiscordEndToEndHost.MemberPermissions);
        Assert.Equal("casualties", DiscordMessageText.Field(status.Message, "Topics"));
        Assert.Equal("none", DiscordMessageText.Field(status.Message, "Mutes"));
        Assert.Empty(host.Api.Violations);
    }
}
