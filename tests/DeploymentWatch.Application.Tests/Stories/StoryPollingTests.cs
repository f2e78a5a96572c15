using DeploymentWatch.Application.Polling;

namespace DeploymentWatch.Application.Tests.Stories;

public class StoryPollingTests
{
    private const string Wire =
        "<p>North Korea may send more troops to Russia after heavy losses, South Korea's military said on Friday. "
        + "The spy agency said about 300 North Korean soldiers have been killed and 2,700 wounded in the Kursk region.</p>";

    private const string Rewrite =
        "<p>Seoul's military voiced concern that Pyongyang is readying additional troops. According to the spy agency, "
        + "some 300 North Korean soldiers were killed and 2,700 wounded fighting for Russia in Kursk.</p>";

    private const string Later =
        "<p>The spy agency told lawmakers that about 600 North Korean soldiers have been killed and 2,700 wounded "
        + "in Russia's Kursk region since they joined the war.</p>";

    [Fact]
    public async Task PollAsync_SecondOutletReportsTheSameStory_EditsTheFirstMessageInsteadOfPosting()
    {
        var pipeline = new Pipeline();
        await pipeline.Run("subscribe");
        pipeline.Reader.Serve("wire", Item("w1", "North Korea may send more troops after losses", Wire, 0));
        await pipeline.Cycle(Pipeline.Feed("wire"));
        pipeline.Reader.Serve("daily", Item("d1", "Pyongyang readies more soldiers for Russia", Rewrite, 3));
        var (poll, _) = await pipeline.Cycle(Pipeline.Feed("daily") with { Outlet = "Daily Outlet" });

        var member = Assert.Single(poll.Alerts);
        var root = Assert.Single(pipeline.Store.Outbox, r => r.Entry.AlertId != null && r.Entry.EditsAlertId is null).Entry.AlertId;
        Assert.Equal(root, member.StoryId);
        var edit = Assert.Single(pipeline.Channel.Edits);
        Assert.Equal("North Korea may send more troops after losses", edit.Message.Title);
        Assert.Contains("Also reported by Daily Outlet", edit.Message.Text, StringComparison.Ordinal);
        Assert.Single(pipeline.Channel.Posted, p => p.Key.StartsWith("a-", StringComparison.Ordinal));
        Assert.Equal(2, (await pipeline.Store.LatestAsync(null, 10, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task PollAsync_SameOutletForBoth_NamesTheMemberByItsTitle()
    {
        var pipeline = new Pipeline();
        await pipeline.Run("subscribe");
        pipeline.Reader.Serve("news", Item("w1", "North Korea may send more troops after losses", Wire, 0), Item("d1", "Pyongyang readies more soldiers", Rewrite, 3));
        await pipeline.Cycle();

        var edit = Assert.Single(pipeline.Channel.Edits);
        Assert.Contains("Also reported by Pyongyang readies more soldiers", edit.Message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PollAsync_SourceRaisesItsFigureDaysLater_NewStoryLeadsWithTheChange()
    {
        var pipeline = new Pipeline();
        await pipeline.Run("subscribe");
        pipeline.Reader.Serve("news", Item("w1", "North Korea may send more troops after losses", Wire, 0));
        await pipeline.Cycle();
        pipeline.Time.Advance(TimeSpan.FromDays(10));
        pipeline.Reader.Serve("news", Item("l1", "Spy agency doubles its toll", Later, 24 * 10));
        await pipeline.Cycle();

        var posts = pipeline.Channel.Posted.Where(p => p.Key.StartsWith("a-", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, posts.Length);
        Assert.StartsWith("NIS reports for the first time: about 300 North Korean soldiers killed", posts[0].Message.Text, StringComparison.Ordinal);
        Assert.StartsWith("NIS raises its estimate of North Korean soldiers killed from about 300 to about 600\n\n", posts[1].Message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("wounded", posts[1].Message.Text.Split("\n\n")[0], StringComparison.Ordinal);
        Assert.Empty(pipeline.Channel.Edits);
    }

    [Fact]
    public async Task PollAsync_StoryMemberAfterARestart_IsNotSentTwice()
    {
        var pipeline = new Pipeline();
        await pipeline.Run("subscribe");
        pipeline.Reader.Serve("news", Item("w1", "North Korea may send more troops after losses", Wire, 0), Item("d1", "Pyongyang readies more soldiers", Rewrite, 3));
        await pipeline.Cycle();
        var restarted = new Pipeline(pipeline.Store, pipeline.Time, pipeline.Channel);
        restarted.Reader.Serve("news", Item("w1", "North Korea may send more troops after losses", Wire, 0), Item("d1", "Pyongyang readies more soldiers", Rewrite, 3));
        await restarted.Cycle();

        Assert.Single(pipeline.Channel.Edits);
    }

    private static FeedItem Item(string guid, string title, string html, int hoursAfterStart) =>
        new(guid, $"https://example.com/{guid}", title, html, Pipeline.Start.AddHours(hoursAfterStart - 12), null);
}
