using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Application.Polling;
using DeploymentWatch.Domain.Messages;

namespace DeploymentWatch.Application.Tests.Delivery;

/// <summary>An edit's entry depends on its root's entry: roots go out before their edits whatever the due times say.</summary>
public class EditOrderTests
{
    private const string Wire =
        "<p>North Korea may send more troops to Russia after heavy losses, South Korea's military said on Friday. "
        + "The spy agency said about 300 North Korean soldiers have been killed and 2,700 wounded in the Kursk region.</p>";

    [Fact]
    public async Task DispatchAsync_EditsDueBeforeTheirRoot_PostsTheRootThenEditsIt()
    {
        var pipeline = new Pipeline();
        var root = OutboxEntry.Post("root", Pipeline.Ops, MessageDocument.Plain("Root", "first report"), Pipeline.Start);
        var edits = new[] { "e1", "e2" }.Select((id, i) => OutboxEntry.Edit(
            id, "root", Pipeline.Ops, MessageDocument.Plain("Root", "also reported by " + id), Pipeline.Start.AddMinutes(-5 + i)));
        await pipeline.Store.EnqueueAsync([.. edits, root], CancellationToken.None);

        var sent = await pipeline.Dispatcher.DispatchAsync(CancellationToken.None);

        Assert.Equal(3, sent.Delivered);
        var post = Assert.Single(pipeline.Channel.Posted);
        Assert.Equal(root.Key, post.Key);
        Assert.Equal(["also reported by e1", "also reported by e2"], pipeline.Channel.Edits.Select(e => e.Message.Text));
        Assert.All(pipeline.Channel.Edits, e => Assert.Equal("m1", e.MessageRef));
    }

    [Fact]
    public async Task DispatchAsync_RootRefusedForGood_PostsTheEditAsTheStorysMessage()
    {
        var pipeline = new Pipeline();
        var root = OutboxEntry.Post("root", Pipeline.Ops, MessageDocument.Plain("Root", "first report"), Pipeline.Start);
        var edit = OutboxEntry.Edit("e1", "root", Pipeline.Ops, MessageDocument.Plain("Root", "also reported by e1"), Pipeline.Start);
        await pipeline.Store.EnqueueAsync([root, edit], CancellationToken.None);
        pipeline.Channel.Script(DeliveryOutcome.Rejected("400 invalid form body"));

        var sent = await pipeline.Dispatcher.DispatchAsync(CancellationToken.None);

        Assert.Equal(1, sent.Failed);
        Assert.Equal(1, sent.Delivered);
        Assert.Equal(edit.Key, Assert.Single(pipeline.Channel.Posted).Key);
        Assert.Empty(pipeline.Channel.Edits);
    }

    [Fact]
    public async Task Cycle_ThreeFeedsCarryOneStoryInOnePoll_DeliverTheRootThenTwoEdits()
    {
        for (var run = 0; run < 5; run++)
        {
            var pipeline = new Pipeline();
            await pipeline.Run("subscribe");
            await pipeline.Dispatcher.DispatchAsync(CancellationToken.None);
            var feeds = new[] { "wire", "daily", "herald" };
            foreach (var feed in feeds)
            {
                pipeline.Reader.Serve(feed, new FeedItem(feed + "1", $"https://{feed}.example.com/1", "North Korea may send more troops after losses", Wire, Pipeline.Start.AddHours(-2), null));
            }

            var (poll, sent) = await pipeline.Cycle([.. feeds.Select(f => Pipeline.Feed(f) with { Outlet = f })]);

            Assert.Equal(3, poll.Alerts.Count);
            Assert.Equal(0, sent.Retried);
            var post = Assert.Single(pipeline.Channel.Posted, p => p.Key.StartsWith("a-", StringComparison.Ordinal));
            var root = poll.Alerts.Single(a => a.StoryId is null);
            Assert.StartsWith(root.Id + "|", post.Key, StringComparison.Ordinal);
            Assert.Equal(2, pipeline.Channel.Edits.Count);
            Assert.All(pipeline.Store.Outbox, r => Assert.Equal("delivered", r.Status));
        }
    }
}
