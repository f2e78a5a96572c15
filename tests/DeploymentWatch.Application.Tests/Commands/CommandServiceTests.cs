using DeploymentWatch.Domain.Subscriptions;

namespace DeploymentWatch.Application.Tests.Commands;

public class CommandServiceTests
{
    private static int AlertsTitled(Pipeline pipeline, string text) =>
        pipeline.Channel.Posted.Count(p => p.Message.Title.Contains(text, StringComparison.Ordinal));

    [Fact]
    public async Task Subscribe_ThenAnAlert_IsDeliveredAfterOneCatchUpMessage()
    {
        var pipeline = new Pipeline();
        var reply = await pipeline.Run("subscribe");
        Assert.False(reply.IsError);
        pipeline.Reader.Serve("news", Pipeline.Casualties());
        await pipeline.Cycle();

        Assert.Equal(["Catching up", "North Korean troops suffer losses"], pipeline.Channel.Posted.Select(p => p.Message.Title));
        Assert.All(pipeline.Channel.Posted, p => Assert.Equal(Pipeline.Ops, p.Channel));
    }

    [Fact]
    public async Task Subscribe_ToOneTopic_GetsOnlyThatTopic()
    {
        var pipeline = new Pipeline();
        await pipeline.Run("subscribe icbm-satellite");
        pipeline.Reader.Serve("news", Pipeline.Casualties(), Pipeline.Satellite());
        await pipeline.Cycle();
        Assert.Equal(0, AlertsTitled(pipeline, "losses"));
        Assert.Equal(1, AlertsTitled(pipeline, "Pyongyang readies launch"));
    }

    [Fact]
    public async Task Subscribe_Again_ChangesTheTopicsWithoutAnotherCatchUp()
    {
        var pipeline = new Pipeline();
        await pipeline.Run("subscribe icbm-satellite");
        var reply = await pipeline.Run("subscribe casualties");
        Assert.Equal("Subscription updated", reply.Message.Title);
        pipeline.Reader.Serve("news", Pipeline.Casualties(), Pipeline.Satellite());
        await pipeline.Cycle();
        Assert.Equal(1, AlertsTitled(pipeline, "Catching up"));
        Assert.Equal(1, AlertsTitled(pipeline, "losses"));
        Assert.Equal(0, AlertsTitled(pipeline, "Pyongyang"));
    }

    [Fact]
    public async Task Mute_ForADuration_SilencesUntilTheClockPassesItsEnd()
    {
        var pipeline = new Pipeline();
        await pipeline.Run("subscribe");
        var muted = await pipeline.Run("mute casualties 6h");
        Assert.Contains("until 2025-01-24 15:00 UTC", muted.Message.Text, StringComparison.Ordinal);

        pipeline.Reader.Serve("news", Pipeline.Casualties("c1", "Spy agency reports North Korean losses"));
        await pipeline.Cycle();
        Assert.Equal(0, AlertsTitled(pipeline, "losses"));

        pipeline.Time.Advance(TimeSpan.FromHours(6) + TimeSpan.FromMinutes(1));
        pipeline.Reader.Serve("news", Pipeline.Casualties("c2", "More North Korean losses reported"));
        await pipeline.Cycle();
        Assert.Equal(1, AlertsTitled(pipeline, "losses"));
        Assert.Equal(1, AlertsTitled(pipeline, "More North Korean losses reported"));
    }

    [Fact]
    public async Task Mute_OneTopic_StillDeliversOthers()
    {
        var pipeline = new Pipeline();
        await pipeline.Run("subscribe");
        await pipeline.Run("mute casualties");
        pipeline.Reader.Serve("news", Pipeline.Casualties(), Pipeline.Satellite());
        await pipeline.Cycle();
        Assert.Equal(0, AlertsTitled(pipeline, "losses"));
        Assert.Equal(1, AlertsTitled(pipeline, "Pyongyang"));
    }

    [Fact]
    public async Task Unmute_LiftsTheMute_AndStatusShowsActiveMutes()
    {
        var pipeline = new Pipeline();
        await pipeline.Run("subscribe");
        await pipeline.Run("mute all 2d");
        var status = await pipeline.Run("status");
        Assert.Contains("all topics: until 2025-01-26 09:00 UTC", status.Message.Fields.Single(f => f.Name == "Mutes").Value, StringComparison.Ordinal);

        Assert.False((await pipeline.Run("unmute")).IsError);
        status = await pipeline.Run("status");
        Assert.Equal("none", status.Message.Fields.Single(f => f.Name == "Mutes").Value);
        Assert.True((await pipeline.Run("unmute")).IsError);
    }

    [Fact]
    public async Task Unsubscribe_StopsAlertsAndDropsPendingMessages()
    {
        var pipeline = new Pipeline();
        await pipeline.Run("subscribe");
        Assert.False((await pipeline.Run("unsubscribe")).IsError);
        pipeline.Reader.Serve("news", Pipeline.Casualties());
        await pipeline.Cycle();
        Assert.Empty(pipeline.Channel.Posted);
        Assert.Null(await pipeline.Store.GetAsync(Pipeline.Ops, CancellationToken.None));
    }

    [Theory]
    [InlineData("subscribe")]
    [InlineData("unsubscribe")]
    [InlineData("mute casualties 6h")]
    [InlineData("unmute")]
    [InlineData("digest daily 8")]
    public async Task ChangingCommands_WithoutPermission_AreRefusedAndChangeNothing(string text)
    {
        var pipeline = new Pipeline();
        await pipeline.Run("subscribe icbm-satellite");
        var reply = await pipeline.Run(text, canManage: false);
        Assert.True(reply.IsError);
        Assert.Equal("Permission needed", reply.Message.Title);
        var subscription = await pipeline.Store.GetAsync(Pipeline.Ops, CancellationToken.None);
        Assert.Equal(["icbm-satellite"], subscription!.Topics);
        Assert.Equal(DeliveryMode.Realtime, subscription.Mode);
        Assert.Empty(await pipeline.Store.ListActiveAsync(Pipeline.Ops, pipeline.Time.GetUtcNow(), CancellationToken.None));
    }

    [Theory]
    [InlineData("figures")]
    [InlineData("latest")]
    [InlineData("status")]
    [InlineData("topics")]
    [InlineData("help")]
    public async Task Lookups_WithoutPermission_AreAnswered(string text)
    {
        Assert.False((await new Pipeline().Run(text, canManage: false)).IsError);
    }

    [Theory]
    [InlineData("frobnicate", "Unknown command")]
    [InlineData("subscribe casualtys", "Did you mean `casualties`?")]
    [InlineData("mute casualties forever-ish", "is not a duration")]
    [InlineData("mute", "needs a topic")]
    [InlineData("figures kiled", "Did you mean `killed`?")]
    [InlineData("", "No command")]
    public async Task BadInput_GetsAClearError(string text, string expected)
    {
        var reply = await new Pipeline().Run(text);
        Assert.True(reply.IsError);
        Assert.Contains(expected, reply.Message.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mute casualties 6h")]
    [InlineData("unsubscribe")]
    [InlineData("digest daily")]
    public async Task ChannelCommands_WhenNotSubscribed_SaySo(string text)
    {
        var reply = await new Pipeline().Run(text);
        Assert.True(reply.IsError);
        Assert.Contains("not subscribed", reply.Message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Figures_AfterAnAlert_ShowsTheLatestPerSourceAttributedAndDated()
    {
        var pipeline = new Pipeline();
        pipeline.Reader.Serve("news", Pipeline.Casualties());
        await pipeline.Cycle();
        var reply = await pipeline.Run("figures killed");
        Assert.False(reply.IsError);
        var nis = Assert.Single(reply.Message.Fields);
        Assert.Equal("NIS", nis.Name);
        Assert.Contains("about 300 killed (24 Jan 2025 · Example News)", nis.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Latest_ListsRecentAlertsForATopic()
    {
        var pipeline = new Pipeline();
        pipeline.Reader.Serve("news", Pipeline.Casualties(), Pipeline.Satellite());
        await pipeline.Cycle();
        var reply = await pipeline.Run("latest icbm-satellite");
        Assert.Equal("Pyongyang readies launch", Assert.Single(reply.Message.Fields).Name);
    }

    [Fact]
    public async Task Help_ForOneCommand_ShowsUsageAndExample()
    {
        var reply = await new Pipeline().Run("help mute");
        Assert.Contains(reply.Message.Fields, f => f.Name == "Example" && f.Value == "mute casualties 6h");
    }
}
