using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Application.Figures;
using DeploymentWatch.Domain.Alerts;
using DeploymentWatch.Domain.Figures;
using DeploymentWatch.Domain.Messages;
using DeploymentWatch.Domain.Subscriptions;

namespace DeploymentWatch.Storage.Tests.Support;

/// <summary>Builders for the records the stores carry, with values that exercise every column.</summary>
public static class TestData
{
    /// <summary>A time with microseconds, the finest both engines keep.</summary>
    public static readonly DateTimeOffset T0 = new DateTimeOffset(2026, 11, 23, 17, 0, 0, TimeSpan.Zero).AddTicks(1_234_560);

    public static readonly ChannelAddress Ops = new("console", ChannelAddress.LocalWorkspace, "ops");

    public static readonly ChannelAddress Discord = new("discord", "123", "456");

    public static Alert Alert(string id, DateTimeOffset createdAt, params string[] topics) => new(
        id,
        "yonhap",
        "item-" + id,
        "North Korean troops reported in Kursk " + id,
        "Yonhap",
        new Uri("https://example.org/news/" + id),
        createdAt.AddHours(-1),
        topics.Length == 0 ? ["deployment"] : topics,
        ["About 300 North Korean soldiers were killed, the NIS said.", "Second sentence."],
        ["north korean", "kursk"],
        [new Figure(FigureMetric.Killed, 300, 300, FigureQualifier.About, ["kr-nis"], 0, "About 300 North Korean soldiers were killed.")],
        createdAt,
        StoryId: "story-" + id);

    public static FigureReport Figure(
        string alertId, string source, FigureMetric metric, long low, DateTimeOffset reportedAt) => new(
        source,
        metric,
        low,
        low + 100,
        FigureQualifier.Over,
        reportedAt,
        alertId,
        "Title of " + alertId,
        new Uri("https://example.org/a/" + alertId),
        "Yonhap",
        $"More than {low} soldiers, {source} said.");

    public static OutboxEntry Entry(string key, ChannelAddress channel, DateTimeOffset dueAt, string? alertId = null) => new(
        0,
        key,
        channel,
        new MessageDocument(
            "Title " + key,
            "First paragraph.\nSecond paragraph.",
            [new MessageField("Topics", "deployment", Inline: true), new MessageField("Figures", "about 300 killed")],
            new Uri("https://example.org/news/" + key),
            0x3366CC,
            "Yonhap · 23 Nov",
            T0),
        alertId,
        null,
        0,
        dueAt);
}
