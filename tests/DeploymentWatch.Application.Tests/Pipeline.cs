using DeploymentWatch.Application.Commands;
using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Application.Digests;
using DeploymentWatch.Application.Polling;
using DeploymentWatch.Application.Retention;
using DeploymentWatch.Application.Stories;
using DeploymentWatch.Application.Subscriptions;
using DeploymentWatch.Domain.Alerts;
using DeploymentWatch.Domain.Analysis;
using DeploymentWatch.Domain.Subscriptions;
using DeploymentWatch.TestKit.Fakes;
using DeploymentWatch.TestKit.Profiles;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DeploymentWatch.Application.Tests;

/// <summary>
/// The use cases wired over in-memory stores, a scripted feed reader, a recording channel and a fake clock:
/// a restart is a new <see cref="Pipeline"/> over the same <see cref="InMemoryStore"/>.
/// </summary>
internal sealed class Pipeline
{
    public static readonly DateTimeOffset Start = new(2025, 1, 24, 9, 0, 0, TimeSpan.Zero);

    public Pipeline(
        InMemoryStore? store = null,
        FakeTimeProvider? time = null,
        RecordingChannel? channel = null,
        StoryOptions? storyOptions = null,
        DeliveryOptions? deliveryOptions = null,
        IAlertChannel? deliverTo = null,
        IFeedStateStore? feedStates = null)
    {
        Store = store ?? new InMemoryStore();
        Time = time ?? new FakeTimeProvider(Start);
        Channel = channel ?? new RecordingChannel();
        var profiles = SampleProfiles.Create();
        var analyzer = new ArticleAnalyzer(profiles);
        Stories = new StoryBatchPlanner(Store, Store, Store, new AlertDocumentBuilder(profiles), analyzer, Options.Create(storyOptions ?? new StoryOptions()), Time);
        Activity = new PollingActivity(Time);
        Poller = new FeedPoller(
            Reader,
            feedStates ?? Store,
            Store,
            analyzer,
            Stories,
            new HostGate(Options.Create(PollingOptions), Time),
            Activity,
            Options.Create(PollingOptions),
            Options.Create(new RetentionOptions()),
            Time,
            NullLogger<FeedPoller>.Instance);
        Digests = new DigestSender(Store, Store, Store, Store, Time);
        Dispatcher = new OutboxDispatcher(
            Store, Store, Store, Store, [deliverTo ?? Channel], Options.Create(deliveryOptions ?? new DeliveryOptions()), Time, NullLogger<OutboxDispatcher>.Instance);
        var catchUp = new CatchUpBuilder(Store, Store, profiles, Time);
        Commands = new CommandService(
            profiles,
            new ChannelSettingsCommands(Store, Store, Store, catchUp, Time),
            new FiguresReplyBuilder(Store, profiles),
            new LatestReplyBuilder(Store),
            Time,
            NullLogger<CommandService>.Instance);
    }

    public InMemoryStore Store { get; }

    public FakeTimeProvider Time { get; }

    public RecordingChannel Channel { get; }

    public FakeFeedReader Reader { get; } = new();

    public FeedPoller Poller { get; }

    public StoryBatchPlanner Stories { get; }

    public PollingActivity Activity { get; }

    /// <summary>No spacing per host: the scripted reader answers at once and the fake clock does not move by itself.</summary>
    public PollingOptions PollingOptions { get; } = new() { HostSpacing = TimeSpan.Zero };

    public DigestSender Digests { get; }

    public OutboxDispatcher Dispatcher { get; }

    public CommandService Commands { get; }

    public static ChannelAddress Ops { get; } = new("console", "local", "ops");

    public static FeedDefinition Feed(string id = "news", TimeSpan? maxAge = null) => new(id, "https://example.com/" + id, TimeSpan.FromMinutes(15), maxAge, "Example News");

    public static FeedItem Casualties(string guid = "c1", string title = "North Korean troops suffer losses") => new(
        guid, $"https://example.com/{guid}?utm_source=rss", title,
        "<p>About 300 North Korean soldiers have been killed, the spy agency said.</p>", Start.AddHours(-2), null);

    public static FeedItem Satellite(string guid = "s1") => new(
        guid, $"https://example.com/{guid}", "Pyongyang readies launch",
        "North Korea is preparing to launch a spy satellite, officials said.", Start.AddHours(-1), null);

    public static FeedItem OffTopic(string guid = "o1") => new(
        guid, $"https://example.com/{guid}", "Seoul budget passes",
        "South Korea's parliament passed the budget after a long debate.", Start.AddHours(-1), null);

    /// <summary>A poller like <see cref="Poller"/> (same store, planner, clock) reading through <paramref name="reader"/>.</summary>
    public FeedPoller PollerWith(IFeedReader reader) => new(
        reader,
        Store,
        Store,
        new ArticleAnalyzer(SampleProfiles.Create()),
        Stories,
        new HostGate(Options.Create(PollingOptions), Time),
        Activity,
        Options.Create(PollingOptions),
        Options.Create(new RetentionOptions()),
        Time,
        NullLogger<FeedPoller>.Instance);

    public Task<CommandReply> Run(string text, ChannelAddress? channel = null, bool canManage = true) =>
        Commands.ExecuteAsync(new CommandRequest(channel ?? Ops, "u1", canManage, text), CancellationToken.None);

    public async Task<(PollSummary Poll, DispatchSummary Sent)> Cycle(params FeedDefinition[] feeds)
    {
        var poll = await Poller.PollAsync(feeds.Length == 0 ? [Feed()] : feeds, ignoreSchedule: true, CancellationToken.None);
        var sent = await Dispatcher.DispatchAsync(CancellationToken.None);
        return (poll, sent);
    }
}
