using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DeploymentWatch.Domain.Alerts;
using DeploymentWatch.Domain.Figures;
using DeploymentWatch.Domain.Profiles;
using DeploymentWatch.Domain.Tests.Stories;

namespace DeploymentWatch.Domain.Tests.Alerts;

/// <summary>
/// Alerts and their documents are rendered and stored: the builder's lookups and formatting, made cheaper, must
/// give what the plain definition gives (searches of the profiles, "d MMM yyyy", the SHA-256 hex of the ids).
/// </summary>
public class AlertDocumentEquivalenceTests
{
    private static readonly ProfileSet Profiles = SeedStories.Profiles;

    [Fact]
    public void Build_SeedAlertsWithHeadlinesAndOddNames_SameAsThePlainDefinition()
    {
        var builder = new AlertDocumentBuilder(Profiles);
        var sourceIds = Profiles.Sources.SelectMany(s => new[] { s.Id, s.DisplayName.ToUpperInvariant() }).Append("unknown-source").ToArray();
        var n = 0;
        foreach (var analysis in SeedStories.Analyses().Where(a => a.IsRelevant))
        {
            var alert = AlertFactory.Create(analysis, DateTimeOffset.UnixEpoch);
            var figures = alert.Figures.Select((f, i) => f with { Sources = [.. sourceIds.Skip(i % sourceIds.Length).Take(i % 3)] }).ToArray();
            string[] topics = [.. alert.Topics.Prepend(n % 2 == 0 ? "no-such-topic" : alert.Topics[0].ToUpperInvariant())];
            foreach (var variant in new[] { alert, alert with { Figures = figures, Topics = topics, Outlet = null }, alert with { Published = null, MatchedTerms = [] } })
            {
                IReadOnlyList<string>? headlines = n++ % 3 == 0 ? null : ["NIS raises its estimate", "Second line"];

                var document = builder.Build(variant, headlines);

                var plain = PlainBuild(variant, headlines);
                Assert.Equal(plain.Title, document.Title);
                Assert.Equal(plain.Text, document.Text);
                Assert.Equal(plain.Fields, document.Fields);
                Assert.Equal(plain.Link, document.Link);
                Assert.Equal(plain.Colour, document.Colour);
                Assert.Equal(plain.Footer, document.Footer);
                Assert.Equal(plain.Timestamp, document.Timestamp);
            }
        }

        Assert.True(n >= 9);
    }

    [Fact]
    public void Footer_EveryMonthOffsetAndEarlyYears_AsDMmmYyyy()
    {
        foreach (var outlet in new[] { "Yonhap", null })
        {
            for (var month = 1; month <= 12; month++)
            {
                foreach (var date in new[] { new DateTimeOffset(2025, month, 1, 23, 30, 0, TimeSpan.FromHours(-5)), new DateTimeOffset(987, month, 28, 0, 0, 0, TimeSpan.FromHours(9)) })
                {
                    Assert.Equal(PlainFooter(outlet, date), AlertDocumentBuilder.Footer(outlet, date));
                }
            }

            Assert.Equal(PlainFooter(outlet, null), AlertDocumentBuilder.Footer(outlet, null));
        }
    }

    [Theory]
    [InlineData("feed", "guid:https://news.example/1")]
    [InlineData("", "")]
    [InlineData("scan-0", "00001.txt")]
    [InlineData("kyiv-independent", "link:https://kyivindependent.com/ü-straße?x=1")]
    [InlineData("f\uD800", "\uDC00tail")]
    public void AlertId_SameAsTheHexOfTheContentHash(string feedId, string itemId)
    {
        var plain = "a-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(feedId + "\n" + itemId)))[..20];

        Assert.Equal(plain, AlertFactory.AlertId(feedId, itemId));
    }

    [Fact]
    public void AlertId_LongIds_SameAsTheHexOfTheContentHash()
    {
        var item = new string('x', 3000) + "é";

        Assert.Equal("a-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("feed\n" + item)))[..20], AlertFactory.AlertId("feed", item));
    }

    private static Messages.MessageDocument PlainBuild(Alert alert, IReadOnlyList<string>? headlines)
    {
        var fields = new List<Messages.MessageField> { new("Topics", string.Join(", ", alert.Topics), Inline: true) };
        if (alert.Figures.Count > 0)
        {
            fields.Add(new Messages.MessageField("Figures", string.Join('\n', alert.Figures.Select(PlainFigure))));
        }

        if (alert.MatchedTerms.Count > 0)
        {
            fields.Add(new Messages.MessageField("Why", string.Join(", ", alert.MatchedTerms), Inline: true));
        }

        var lead = headlines is { Count: > 0 } ? string.Join('\n', headlines) + "\n\n" : string.Empty;
        var colour = alert.Topics.Select(Profiles.FindTopic).FirstOrDefault(t => t is not null)?.Colour;
        return new Messages.MessageDocument(alert.Title, lead + string.Join(' ', alert.Summary), fields, alert.Link, colour, PlainFooter(alert.Outlet, alert.Published), alert.Published);
    }

    private static string PlainFigure(Figure figure) =>
        $"{string.Join(", ", figure.Sources.Select(Profiles.SourceName))}: {figure.FormatValue()} {figure.Metric.ToLabel()}";

    private static string PlainFooter(string? outlet, DateTimeOffset? published)
    {
        var when = published?.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
        return (outlet, when) switch
        {
            (not null, not null) => $"{outlet} · {when}",
            (not null, null) => outlet,
            (null, not null) => when,
            _ => "DeploymentWatch",
        };
    }
}
