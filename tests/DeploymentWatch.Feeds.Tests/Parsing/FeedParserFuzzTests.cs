using System.Text;
using DeploymentWatch.Application.Polling;
using DeploymentWatch.Feeds.Parsing;
using DeploymentWatch.TestKit.Fuzzing;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace DeploymentWatch.Feeds.Tests.Parsing;

/// <summary>
/// Random mutations of valid RSS, RDF and Atom documents through the whole body path (decode, inspect, repair,
/// parse, build the article): never an exception, never a hang, never a control character in what comes out.
/// CI runs the fixed seed and count; README → Tests shows the longer run.
/// </summary>
public class FeedParserFuzzTests(ITestOutputHelper output)
{
    private static readonly string[] Tokens =
    [
        "<!DOCTYPE rss>", "<!DOCTYPE x [<!ENTITY a \"b\">]>", "<!ENTITY x SYSTEM \"file:///etc/passwd\">", "&", "&amp;", "&a;", "&nbsp;",
        "&#27;", "&#0;", "&#x110000;", "&#99999999999;", "<![CDATA[", "]]>", "<!--", "-->", "<item>", "</item>", "<entry>",
        "<link>/relative</link>", "xml:base=\"../\"", "xml:base=\"javascript:x\"", "<?xml version=\"1.0\" encoding=\"euc-kr\"?>",
        "<?xml version=\"1.0\" encoding=\"bogus\"?>", "\u001b[2J", "\u0000", "\u202e", "\ufeff", "<script>", "<p>", "\n\n", "\r",
        "<pubDate>Mon, 99 Foo 99999 99:99:99 +9999</pubDate>", "<published>9999-99-99T99:99:99Z</published>", "<html>", "\u00ff\u00fe",
    ];

    [Fact]
    public void Process_MutatedFeeds_NeverThrowNorHang()
    {
        var processor = new FeedBodyProcessor(new XmlFeedInspector(Options.Create(new FeedsOptions())));
        var seeds = new[] { "rss20.xml", "rss10.rdf", "atom.xml" }.Select(f => File.ReadAllBytes(FeedsTestServices.Fixture(f))).ToArray();
        var dictionary = Tokens.Select(Encoding.UTF8.GetBytes).Append([0xA4, 0xA1, 0xB0, 0xA1]).ToArray();
        var feed = FeedsTestServices.Feed("fuzz");
        var statuses = new int[3];

        var tried = FuzzRun.Run("feed", new Mutator(FuzzRun.Seed, seeds, dictionary).Inputs(FuzzRun.Iterations), body =>
        {
            var result = processor.Process(body, feed, FeedState.New("fuzz"), new FeedBodyContext(null, null, null, new Uri("https://example.org/feed")));
            Interlocked.Increment(ref statuses[(int)result.Status]);
            Assert.True(result.Status != FeedFetchStatus.Failed || !string.IsNullOrWhiteSpace(result.Error));
            foreach (var item in result.Items)
            {
                var article = ArticleBuilder.Build(feed, item);
                Assert.DoesNotContain(article.Title + article.Text + item.Outlet + item.Link, c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));
            }
        });

        output.WriteLine($"feed fuzz: seed {FuzzRun.Seed}, {tried} inputs tried, nothing found ({string.Join(", ", Enum.GetValues<FeedFetchStatus>().Select(s => $"{s} {statuses[(int)s]}"))})");
        Assert.Equal(FuzzRun.Iterations, tried);
        Assert.True(statuses[(int)FeedFetchStatus.Fetched] > 0 && statuses[(int)FeedFetchStatus.Failed] > 0, "the mutations should reach both outcomes");
    }
}
