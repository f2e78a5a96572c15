using System.Text;
using DeploymentWatch.Application.Polling;
using DeploymentWatch.Feeds.Parsing;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Feeds.Tests.Parsing;

public class FeedBodyProcessorTests
{
    private static readonly FeedState NewState = FeedState.New("test-feed");
    private readonly FeedBodyProcessor processor = new(new XmlFeedInspector(Options.Create(new FeedsOptions())));

    [Fact]
    public void Process_Rss20_MapsGuidLinkTitleContentDateAndFeedTitleAsOutlet()
    {
        var result = Process(File.ReadAllBytes(FeedsTestServices.Fixture("rss20.xml")));

        Assert.Equal(FeedFetchStatus.Fetched, result.Status);
        Assert.Equal(2, result.Items.Count);
        var first = result.Items[0];
        Assert.Equal("kdw-2025-0124-001", first.ItemGuid);
        Assert.Equal("https://news.example.org/2025/01/24/nk-more-troops", first.Link);
        Assert.Equal("North Korea may send more troops to Russia, Seoul says", first.Title);
        Assert.Contains("<b>Joint Chiefs of Staff</b>", first.Content, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2025, 1, 23, 23, 30, 0, TimeSpan.Zero), first.Published);
        Assert.Equal("Korea Defence Wire", first.Outlet);
        var second = result.Items[1];
        Assert.Equal("https://news.example.org/2024/12/23/jcs-casualties", second.ItemGuid);
        Assert.Contains("About 1,100 North Korean soldiers", second.Content, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2024, 12, 23, 10, 0, 0, TimeSpan.Zero), second.Published);
        Assert.Matches("^[0-9a-f]{64}$", result.BodyHash);
    }

    [Fact]
    public void Process_ConfiguredOutlet_WinsOverFeedTitle()
    {
        var result = processor.Process(File.ReadAllBytes(FeedsTestServices.Fixture("rss20.xml")), FeedsTestServices.Feed("x", "Yonhap"), NewState, FeedBodyContext.None);

        Assert.All(result.Items, item => Assert.Equal("Yonhap", item.Outlet));
    }

    [Fact]
    public void Process_Rss10Rdf_MapsAboutDcDateAndEncodedContent()
    {
        var result = Process(File.ReadAllBytes(FeedsTestServices.Fixture("rss10.rdf")));

        Assert.Equal(FeedFetchStatus.Fetched, result.Status);
        Assert.Equal(2, result.Items.Count);
        Assert.Equal("https://wire.example.net/articles/1001", result.Items[0].ItemGuid);
        Assert.Equal("Some 11,000 North Korean soldiers in Russia, official says", result.Items[0].Title);
        Assert.Contains("over 3,000", result.Items[0].Content, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2024, 10, 31, 6, 15, 0, TimeSpan.Zero), result.Items[0].Published);
        Assert.Contains("military team to Ukraine", result.Items[1].Content, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2024, 10, 31, 0, 0, 0, TimeSpan.Zero), result.Items[1].Published);
        Assert.Equal("Peninsula Monitor", result.Items[1].Outlet);
    }

    [Fact]
    public void Process_Atom_MapsIdAlternateLinkContentAndFallsBackToUpdated()
    {
        var result = Process(File.ReadAllBytes(FeedsTestServices.Fixture("atom.xml")));

        Assert.Equal(FeedFetchStatus.Fetched, result.Status);
        var first = result.Items[0];
        Assert.Equal("tag:dispatch.example.com,2025:entry-42", first.ItemGuid);
        Assert.Equal("https://dispatch.example.com/2025/01/24/satellite", first.Link);
        Assert.Contains("spy satellite and an ICBM", first.Content, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2025, 1, 24, 0, 0, 0, TimeSpan.Zero), first.Published);
        Assert.Equal("Frontline Dispatch", first.Outlet);
        var second = result.Items[1];
        Assert.Equal("https://dispatch.example.com/2025/01/25/casualties", second.Link);
        Assert.Equal("An updated estimate of casualties among North Korean troops.", second.Content);
        Assert.Equal(new DateTimeOffset(2025, 1, 25, 7, 30, 0, TimeSpan.Zero), second.Published);
    }

    [Fact]
    public void Process_BodyHashUnchanged_NotModifiedWithoutParsing()
    {
        // Not XML at all: had it been parsed it would fail, so NotModified proves the parser never ran.
        var body = Encoding.UTF8.GetBytes("this is not a feed, but it is the same body as last time");
        var state = NewState with { BodyHash = BodyHash.Compute(body) };

        var result = processor.Process(body, FeedsTestServices.Feed("x"), state, FeedBodyContext.None with { ETag = "\"v2\"" });

        Assert.Equal(FeedFetchStatus.NotModified, result.Status);
        Assert.Empty(result.Items);
        Assert.Equal(state.BodyHash, result.BodyHash);
        Assert.Equal("\"v2\"", result.ETag);
    }

    [Fact]
    public void Process_MalformedXml_FailsWithLineAndPosition()
    {
        var result = Process(File.ReadAllBytes(FeedsTestServices.Fixture("malformed.xml")));

        Assert.Equal(FeedFetchStatus.Failed, result.Status);
        Assert.StartsWith("malformed XML at line 6, position ", result.Error, StringComparison.Ordinal);
        Assert.Contains("'item'", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("billion-laughs.xml")]
    [InlineData("external-entity.xml")]
    public void Process_DocumentWithDtd_RefusedBeforeParsing(string fixture)
    {
        var result = Process(File.ReadAllBytes(FeedsTestServices.Fixture(fixture)));

        Assert.Equal(FeedFetchStatus.Failed, result.Status);
        Assert.Equal("DTD/entities are not allowed in feeds", result.Error);
    }

    [Theory]
    [InlineData("<!DOCTYPE html>\n<html><head><title>Home</title></head><body><p>Welcome<br></body></html>")]
    [InlineData("<html>\n<body>Feed moved</body>\n</html>")]
    public void Process_HtmlPage_FailsAsNotAFeed(string html)
    {
        var result = Process(Encoding.UTF8.GetBytes(html));

        Assert.Equal("not a feed: got an HTML page", result.Error);
    }

    [Fact]
    public void Process_WellFormedXmlWithOtherRoot_FailsNamingRoot()
    {
        var result = Process(Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><opml version=\"2.0\"><body/></opml>"));

        Assert.Equal("not a feed: XML root <opml>", result.Error);
    }

    [Fact]
    public void Process_JsonBody_FailsAsMalformedXmlAtLineOne()
    {
        var result = Process(Encoding.UTF8.GetBytes("{\"items\": []}"));

        Assert.StartsWith("malformed XML at line 1, position 1: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_RssWithoutVersion_StillParses()
    {
        var result = Process(Encoding.UTF8.GetBytes("<rss><channel><title>T</title><item><title>A</title><guid>g1</guid></item></channel></rss>"));

        Assert.Equal(FeedFetchStatus.Fetched, result.Status);
        Assert.Equal("g1", Assert.Single(result.Items).ItemGuid);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \r\n\t ")]
    public void Process_EmptyBody_Fails(string body)
    {
        var result = Process(Encoding.UTF8.GetBytes(body));

        Assert.Equal(FeedFetchStatus.Failed, result.Status);
        Assert.Equal("empty body", result.Error);
    }

    [Fact]
    public void Process_Latin1DeclaredEncoding_DecodesAccents()
    {
        var xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Le Monde</title>"
            + "<item><title>Corée du Nord : des soldats envoyés en Russie</title><guid>a1</guid></item></channel></rss>";

        var result = Process(Encoding.Latin1.GetBytes(xml));

        Assert.Equal("Corée du Nord : des soldats envoyés en Russie", Assert.Single(result.Items).Title);
    }

    [Fact]
    public void Process_Utf16WithByteOrderMark_Parses()
    {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title>"
            + "<entry><id>e1</id><title>Pyongyang</title><updated>2025-01-01T00:00:00Z</updated></entry></feed>";

        var result = Process([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(xml)]);

        Assert.Equal("e1", Assert.Single(result.Items).ItemGuid);
    }

    private FeedFetchResult Process(byte[] body) => processor.Process(body, FeedsTestServices.Feed("x"), NewState, FeedBodyContext.None);
}
