using DeploymentWatch.TestKit.Profiles;
using DeploymentWatch.Domain.Commands;
using DeploymentWatch.Domain.Figures;
using DeploymentWatch.Domain.Subscriptions;

namespace DeploymentWatch.Domain.Tests.Commands;

public class CommandParserTests
{
    private static readonly DateTimeOffset Now = new(2025, 1, 24, 12, 0, 0, TimeSpan.Zero);
    private readonly CommandParser _parser = new(SampleProfiles.Create());

    [Fact]
    public void Parse_SubscribeWithTopics_ReturnsThoseTopics()
    {
        var command = Assert.IsType<SubscribeCommand>(_parser.Parse("subscribe casualties icbm-satellite", Now).Command);
        Assert.Equal(["casualties", "icbm-satellite"], command.Topics);
    }

    [Theory]
    [InlineData("subscribe")]
    [InlineData("subscribe all")]
    [InlineData("/subscribe ALL")]
    public void Parse_SubscribeAll_ReturnsEmptyTopicSet(string text)
    {
        var command = Assert.IsType<SubscribeCommand>(_parser.Parse(text, Now).Command);
        Assert.Empty(command.Topics);
    }

    [Fact]
    public void Parse_UnknownTopic_SuggestsTheClosestOne()
    {
        var result = _parser.Parse("subscribe casualtis", Now);
        Assert.False(result.IsSuccess);
        Assert.Contains("Unknown topic `casualtis`", result.Error, StringComparison.Ordinal);
        Assert.Contains("Did you mean `casualties`?", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownCommand_SuggestsTheClosestOne()
    {
        var result = _parser.Parse("subscrib casualties", Now);
        Assert.Contains("Unknown command `subscrib`", result.Error, StringComparison.Ordinal);
        Assert.Contains("`subscribe`", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Empty_SaysNoCommand()
    {
        Assert.Contains("No command", _parser.Parse("   ", Now).Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mute casualties 30m", 30)]
    [InlineData("mute casualties 6h", 360)]
    [InlineData("mute casualties 2d", 2880)]
    public void Parse_MuteWithDuration_EndsAfterThatLong(string text, int minutes)
    {
        var command = Assert.IsType<MuteCommand>(_parser.Parse(text, Now).Command);
        Assert.Equal("casualties", command.Topic);
        Assert.Equal(Now.AddMinutes(minutes), command.Until);
    }

    [Fact]
    public void Parse_MuteUntilDate_EndsAtMidnightUtc()
    {
        var command = Assert.IsType<MuteCommand>(_parser.Parse("mute all until 2025-02-01", Now).Command);
        Assert.Null(command.Topic);
        Assert.Equal(new DateTimeOffset(2025, 2, 1, 0, 0, 0, TimeSpan.Zero), command.Until);
    }

    [Theory]
    [InlineData("mute casualties until 2025-02-01T10:00")]
    [InlineData("mute casualties until 2025-02-01t10:00")]
    [InlineData("mute casualties until 2025-02-01T10:00Z")]
    [InlineData("mute casualties until 2025-02-01 10:00")]
    [InlineData("mute casualties until 2025-02-01 10:00 UTC")]
    [InlineData("MUTE casualties UNTIL 2025-02-01T10:00:00")]
    public void Parse_MuteUntilDateAndTime_IsReadAsUtc(string text)
    {
        var command = Assert.IsType<MuteCommand>(_parser.Parse(text, Now).Command);
        Assert.Equal("casualties", command.Topic);
        Assert.Equal(new DateTimeOffset(2025, 2, 1, 10, 0, 0, TimeSpan.Zero), command.Until);
    }

    [Fact]
    public void Parse_MuteForTheLongestDuration_IsAccepted()
    {
        var command = Assert.IsType<MuteCommand>(_parser.Parse("mute all 366d", Now).Command);
        Assert.Equal(Now.AddDays(366), command.Until);
    }

    [Fact]
    public void Parse_MuteWithoutDuration_LastsUntilUnmuted()
    {
        var command = Assert.IsType<MuteCommand>(_parser.Parse("mute icbm-satellite", Now).Command);
        Assert.Null(command.Until);
    }

    [Theory]
    [InlineData("mute casualties soon", "is not a duration")]
    [InlineData("mute casualties 0h", "longer than zero")]
    [InlineData("mute casualties 500d", "mutes last at most 366 days")]
    [InlineData("mute all 99999999d", "mutes last at most 366 days")]
    [InlineData("mute all 99999999999999999999999w", "mutes last at most 366 days")]
    [InlineData("mute all 9223372036854775807m", "mutes last at most 366 days")]
    [InlineData("mute all until 2030-01-01", "mutes last at most 366 days")]
    [InlineData("mute all until 2025-13-01T10:00", "is not a date")]
    [InlineData("mute casualties until 2024-01-01", "in the past")]
    [InlineData("mute casualties until tomorrow", "is not a date")]
    [InlineData("mute", "needs a topic")]
    public void Parse_BadMute_ExplainsWhatIsWrong(string text, string expected)
    {
        var result = _parser.Parse(text, Now);
        Assert.False(result.IsSuccess);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FiguresWithMetricSourceAndChart_ReadsAllThree()
    {
        var command = Assert.IsType<FiguresCommand>(_parser.Parse("figures killed NIS --chart", Now).Command);
        Assert.Equal(FigureMetric.Killed, command.Metric);
        Assert.Equal("kr-nis", command.Source);
        Assert.True(command.Chart);
    }

    [Fact]
    public void Parse_FiguresSourceByAlias_FindsTheSource()
    {
        var command = Assert.IsType<FiguresCommand>(_parser.Parse("figures casualties Kiev", Now).Command);
        Assert.Equal("ua-gov", command.Source);
    }

    [Fact]
    public void Parse_FiguresUnknownArgument_ListsMetricsAndSources()
    {
        var result = _parser.Parse("figures kiled", Now);
        Assert.Contains("Did you mean `killed`?", result.Error, StringComparison.Ordinal);
        Assert.Contains("Metrics:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ChartWithoutMetric_IsAnError()
    {
        Assert.Contains("needs a metric", _parser.Parse("figures --chart", Now).Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("digest daily 7", DeliveryMode.Daily, 7)]
    [InlineData("digest daily", DeliveryMode.Daily, 8)]
    [InlineData("digest realtime", DeliveryMode.Realtime, 8)]
    public void Parse_Digest_ReadsModeAndHour(string text, DeliveryMode mode, int hour)
    {
        var command = Assert.IsType<DigestCommand>(_parser.Parse(text, Now).Command);
        Assert.Equal(mode, command.Mode);
        Assert.Equal(hour, command.Hour);
    }

    [Theory]
    [InlineData("digest weekly", "Unknown digest mode")]
    [InlineData("digest daily 25", "not an hour")]
    [InlineData("status now", "takes no arguments")]
    [InlineData("latest casualties icbm-satellite", "at most one topic")]
    [InlineData("help frobnicate", "Unknown command `frobnicate`")]
    [InlineData("subscribe all casualties", "cannot be combined")]
    public void Parse_BadArguments_ExplainsWhatIsWrong(string text, string expected)
    {
        var result = _parser.Parse(text, Now);
        Assert.False(result.IsSuccess);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Catalog_EveryCommand_HasHelpAndAnExampleThatParses()
    {
        foreach (var spec in CommandCatalog.Commands)
        {
            Assert.False(string.IsNullOrWhiteSpace(spec.Description));
            var result = _parser.Parse(spec.Example, Now);
            Assert.True(result.IsSuccess, $"example of {spec.Name} failed: {result.Error}");
            Assert.Equal(spec.Name, result.Command!.Name);
        }
    }

    [Theory]
    [InlineData("subscribe", true)]
    [InlineData("mute casualties", true)]
    [InlineData("figures", false)]
    [InlineData("status", false)]
    public void ChangesChannel_FollowsTheCatalog(string text, bool expected)
    {
        Assert.Equal(expected, _parser.Parse(text, Now).Command!.ChangesChannel);
    }
}
