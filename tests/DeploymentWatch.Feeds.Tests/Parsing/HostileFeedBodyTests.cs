using System.Text;
using DeploymentWatch.Application.Polling;
using DeploymentWatch.Domain.Articles;
using DeploymentWatch.Feeds.Parsing;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Feeds.Tests.Parsing;

/// <summary>Broken and hostile feed bodies from the field: each is read as far as it can be, or refused for the right reason.</summary>
public class HostileFeedBodyTests
{
    private const string KoreanTitle = "북한군 러시아 파병, 합참 \"추가 파병 준비 정황\"";
    private const string KoreanText = "합동참모본부는 북한이 러시아에 추가로 병력을 파견할 준비를 하고 있다고 밝혔다. 국가정보원은 북한군 약 300명이 사망하고 2700명이 부상했다고 국회에 보고했다.";
    private static readonly FeedState NewState = FeedState.New("test-feed");
    private static readonly Uri FeedUrl = new("https://news.example.org/feeds/nk/rss.xml");
    private readonly FeedBodyProcessor processor = new(new XmlFeedInspector(Options.Create(new FeedsOptions())));

    static HostileFeedBodyTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Process_EucKrWithNoDeclaredEncoding_IsDetected()
    {
        var body = Encoding.GetEncoding("euc-kr").GetBytes(KoreanRss(declaration: "<?xml version=\"1.0\"?>"));

        var item = Assert.Single(Fetched(Process(body)));

        Assert.Equal(KoreanTitle, item.Title);
        Assert.Equal(KoreanText, item.Content);
    }

    [Theory]
    [InlineData("text/xml; charset=euc-kr", "<?xml version=\"1.0\"?>")]
    [InlineData("application/rss+xml; charset=utf-8", "<?xml version=\"1.0\" encoding=\"euc-kr\"?>")]
    [InlineData(null, "<?xml version=\"1.0\" encoding=\"EUC-KR\"?>")]
    public void Process_EucKrDeclaredByHttpOrXml_IsDecodedAsDeclared(string? contentType, string declaration)
    {
        var body = Encoding.GetEncoding("euc-kr").GetBytes(KoreanRss(declaration));

        var item = Assert.Single(Fetched(Process(body, new FeedBodyContext(null, null, XmlFeedText.CharsetOf(contentType), null))));

        Assert.Equal(KoreanTitle, item.Title);
    }

    [Fact]
    public void Process_BytesNoDetectorCanRead_AreRefusedWithTheReason()
    {
        var noise = new byte[600];
        new Random(7).NextBytes(noise);
        var body = Encoding.ASCII.GetBytes("<rss version=\"2.0\"><channel><title>").Concat(noise).Concat(Encoding.ASCII.GetBytes("</title></channel></rss>")).ToArray();

        var result = Process(body);

        Assert.Equal(FeedFetchStatus.Failed, result.Status);
        Assert.StartsWith("cannot tell the body's encoding: it is not UTF-8 and declares none", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_RelativeRssLinks_ResolveAgainstTheFeedUrl()
    {
        var rss = Rss("""
            <item><guid>a</guid><title>A</title><link>/2025/01/24/troops</link></item>
            <item><guid>b</guid><title>B</title><link>../story?id=2</link></item>
            <item><guid>c</guid><title>C</title><link>https://other.example.com/c</link></item>
            <item><guid>d</guid><title>D</title><link>javascript:alert(1)</link></item>
            """);

        var items = Fetched(Process(Encoding.UTF8.GetBytes(rss), new FeedBodyContext(null, null, null, FeedUrl)));

        Assert.Equal(
            ["https://news.example.org/2025/01/24/troops", "https://news.example.org/feeds/story?id=2", "https://other.example.com/c", null],
            items.Select(i => i.Link));
        Assert.Equal(["A", "B", "C", "D"], items.Select(i => i.Title));
    }

    [Fact]
    public void Process_AtomXmlBase_ResolvesLinksThroughEveryLevel()
    {
        const string atom = """
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://wire.example.org/news/">
              <title>Wire</title><id>urn:wire</id><updated>2025-01-24T00:00:00Z</updated>
              <entry><id>urn:1</id><title>One</title><updated>2025-01-24T00:00:00Z</updated><link href="2025/one"/></entry>
              <entry xml:base="/archive/"><id>urn:2</id><title>Two</title><updated>2025-01-24T00:00:00Z</updated><link rel="alternate" href="two.html"/></entry>
              <entry><id>urn:3</id><title>Three</title><updated>2025-01-24T00:00:00Z</updated><link xml:base="https://cdn.example.net/x/" href="three"/></entry>
            </feed>
            """;

        var items = Fetched(Process(Encoding.UTF8.GetBytes(atom), new FeedBodyContext(null, null, null, FeedUrl)));

        Assert.Equal(
            ["https://wire.example.org/news/2025/one", "https://wire.example.org/archive/two.html", "https://cdn.example.net/x/three"],
            items.Select(i => i.Link));
    }

    [Fact]
    public void Process_Atom03RelativeLink_ResolvesAgainstXmlBase()
    {
        const string atom = """
            <feed version="0.3" xmlns="http://purl.org/atom/ns#" xml:base="https://old.example.org/blog/">
              <title>Old</title><modified>2025-01-24T00:00:00Z</modified>
              <entry><id>tag:old,1</id><title>Old one</title><issued>2025-01-24T00:00:00Z</issued><link rel="alternate" type="text/html" href="posts/1"/></entry>
            </feed>
            """;

        var item = Assert.Single(Fetched(Process(Encoding.UTF8.GetBytes(atom))));

        Assert.Equal("https://old.example.org/blog/posts/1", item.Link);
    }

    [Fact]
    public void Process_Rss10XmlBase_ResolvesTheItemLink()
    {
        const string rdf = """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xml:base="https://rdf.example.org/">
              <channel rdf:about="https://rdf.example.org/"><title>RDF</title><link>/</link><description>d</description></channel>
              <item rdf:about="urn:r1"><title>R1</title><link>items/r1</link><description>Text.</description></item>
            </rdf:RDF>
            """;

        var item = Assert.Single(Fetched(Process(Encoding.UTF8.GetBytes(rdf))));

        Assert.Equal("https://rdf.example.org/items/r1", item.Link);
    }

    [Fact]
    public void Process_Rss091DoctypeWithoutEntities_IsAcceptedAndItsHtmlEntitiesRead()
    {
        const string rss = """
            <?xml version="1.0" encoding="ISO-8859-1"?>
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
            <rss version="0.91"><channel><title>Old&nbsp;Desk</title><link>https://old.example.org/</link><description>d</description>
            <item><title>Troops&nbsp;moved</title><link>https://old.example.org/1</link><description>Seoul&eacute;s JCS said so.</description></item>
            </channel></rss>
            """;

        var item = Assert.Single(Fetched(Process(Encoding.Latin1.GetBytes(rss))));

        Assert.Equal("Troops moved", item.Title);
        Assert.Equal("Seouls JCS said so.".Insert(5, "é"), item.Content);
        Assert.Equal("Old Desk", item.Outlet);
    }

    [Fact]
    public void Process_DoctypeWithAnInternalSubset_IsStillRefused()
    {
        const string rss = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x \"boom\">]><rss version=\"2.0\"><channel><title>&x;</title></channel></rss>";

        Assert.Equal(XmlFeedInspector.DtdRefused, Process(Encoding.UTF8.GetBytes(rss)).Error);
    }

    [Fact]
    public void Process_CorruptedAmpersandsAndBadReferences_AreRecovered()
    {
        var rss = Rss("""
            <item><guid>a</guid><title>AT&T and S&P report &bogus; troops &#27;[2J moved</title>
            <description><![CDATA[<p>R&D & more &amp; kept</p>]]></description></item>
            <item><guid>b</guid><title>Out of range &#1114112; &#xD800; &#0; &#x1F600; end</title><description>Fine &#8217; text</description></item>
            """);

        var items = Fetched(Process(Encoding.UTF8.GetBytes(rss)));

        Assert.Equal("AT&T and S&P report &bogus; troops [2J moved", items[0].Title);
        Assert.Equal("<p>R&D & more &amp; kept</p>", items[0].Content);
        Assert.Equal("Out of range \U0001F600 end", items[1].Title);
        Assert.Equal("Fine \u2019 text", items[1].Content);
    }

    [Fact]
    public void Process_RawControlCharactersInTheBody_AreDroppedNotFatal()
    {
        var rss = Rss("<item><guid>a</guid><title>Desk\u001b[31m red\u0007</title><description>Text\u0000.</description></item>");

        var item = Assert.Single(Fetched(Process(Encoding.UTF8.GetBytes(rss))));

        Assert.Equal("Desk[31m red", item.Title);
        Assert.Equal("Text.", item.Content);
    }

    [Fact]
    public void Process_StructurallyBrokenXml_IsRefusedWithOneClearReason()
    {
        var result = Process(Encoding.UTF8.GetBytes("<rss version=\"2.0\"><channel><title>A & B</title><item><title>x</item></channel></rss>"));

        Assert.Equal(FeedFetchStatus.Failed, result.Status);
        Assert.StartsWith("malformed XML at line 1", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', result.Error!);
    }

    [Fact]
    public void Process_HardWrappedDescription_JoinsLinesWithinParagraphs()
    {
        var rss = Rss("""
            <item><guid>a</guid><title>Casualties</title><description>More than 3,000 North Korean soldiers have
            been killed or wounded, according to
            Kyiv.

            The NIS said about 300 had died.</description></item>
            """);

        var item = Assert.Single(Fetched(Process(Encoding.UTF8.GetBytes(rss))));
        var text = ArticleBuilder.Build(FeedsTestServices.Feed("x"), item).Text;

        Assert.Equal("More than 3,000 North Korean soldiers have been killed or wounded, according to Kyiv.\nThe NIS said about 300 had died.", text);
        Assert.Equal(2, SentenceSplitter.Split(text).Count);
    }

    [Fact]
    public void Process_FourAndAHalfMegabyteDescription_IsReadAndItsAnalysedTextCapped()
    {
        var opening = "About 300 North Korean soldiers have been killed in Kursk, the NIS said. ";
        var filler = new StringBuilder(4_700_000);
        while (filler.Length < 4_600_000)
        {
            filler.Append("Padding sentence number ").Append(filler.Length).Append(" about nothing. ");
        }

        var rss = Rss($"<item><guid>big</guid><title>Big</title><description>{opening}{filler}</description></item>");
        var body = Encoding.UTF8.GetBytes(rss);

        var item = Assert.Single(Fetched(Process(body)));
        var article = ArticleBuilder.Build(FeedsTestServices.Feed("x"), item);

        Assert.InRange(body.Length, 4_500_000, 5 * 1024 * 1024);
        Assert.InRange(article.Text.Length, TextNormalizer.MaxTextLength / 2, TextNormalizer.MaxTextLength);
        Assert.StartsWith(opening.Trim(), article.Text, StringComparison.Ordinal);
    }

    private static string KoreanRss(string declaration) =>
        $"{declaration}<rss version=\"2.0\"><channel><title>연합뉴스</title><item><guid>k1</guid><title>{KoreanTitle}</title>"
        + $"<description>{KoreanText}</description></item></channel></rss>";

    private static string Rss(string items) => $"<rss version=\"2.0\"><channel><title>Desk</title>{items}</channel></rss>";

    private static IReadOnlyList<FeedItem> Fetched(FeedFetchResult result)
    {
        Assert.True(result.Status == FeedFetchStatus.Fetched, result.Error);
        return result.Items;
    }

    private FeedFetchResult Process(byte[] body, FeedBodyContext? context = null) =>
        processor.Process(body, FeedsTestServices.Feed("x"), NewState, context ?? FeedBodyContext.None);
}
