using DeploymentWatch.Feeds.Parsing;

namespace DeploymentWatch.Feeds.Tests.Parsing;

public class FeedDateParserTests
{
    [Theory]
    [InlineData("Fri, 24 Jan 2025 08:30:00 +0900", "2025-01-23T23:30:00Z")]
    [InlineData("Mon, 23 Dec 2024 10:00:00 GMT", "2024-12-23T10:00:00Z")]
    [InlineData("24 Jan 2025 08:30 EST", "2025-01-24T13:30:00Z")]
    [InlineData("Thu, 31 Oct 24 06:15:00 PDT", "2024-10-31T13:15:00Z")]
    [InlineData("Tuesday, 5 November 2024 17:00:00 +0000", "2024-11-05T17:00:00Z")]
    [InlineData("2024-12-23", "2024-12-23T00:00:00Z")]
    [InlineData("2025-01-24T09:00:00+09:00", "2025-01-24T00:00:00Z")]
    [InlineData("2025-01-24T09:00:00.250Z", "2025-01-24T09:00:00.250Z")]
    [InlineData(" 2025-01-24T09:00:00 ", "2025-01-24T09:00:00Z")]
    public void Parse_KnownFormats_GivesInstant(string text, string expected)
    {
        var parsed = FeedDateParser.Parse(text);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), parsed);
    }

    [Fact]
    public void Parse_DateOnly_IsUtcMidnight()
    {
        var parsed = FeedDateParser.Parse("2024-12-23");

        Assert.Equal(TimeSpan.Zero, parsed?.Offset);
        Assert.Equal(new DateTime(2024, 12, 23, 0, 0, 0, DateTimeKind.Unspecified), parsed?.DateTime);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("31 Feb 2024 10:00 GMT")]
    [InlineData("12 Foo 2024 10:00 GMT")]
    [InlineData("2024-13-45")]
    public void Parse_Unreadable_GivesNull(string? text)
    {
        Assert.Null(FeedDateParser.Parse(text));
    }
}
