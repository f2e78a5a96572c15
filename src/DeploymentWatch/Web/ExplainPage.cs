using DeploymentWatch.Application.Polling;
using DeploymentWatch.Cli;
using DeploymentWatch.Domain.Analysis;

namespace DeploymentWatch.Web;

/// <summary>
/// /explain: paste an article's text, or give a feed URL, and see exactly what `deploymentwatch explain` prints
/// (scores against thresholds, terms, summary, figures). Nothing is stored. Only http(s) URLs are fetched: a
/// web form must not read the server's own files the way the command line may.
/// </summary>
internal static class ExplainPage
{
    public const int MaxTextLength = 200_000;

    public static IResult Form() => PageLayout.Page("Explain", "/explain", html => FormHtml(html, null, null));

    public static async Task<IResult> ExplainAsync(HttpRequest request, IFeedReader reader, ArticleAnalyzer analyzer, CancellationToken cancellationToken)
    {
        var form = await request.ReadFormAsync(cancellationToken);
        var text = form["text"].ToString();
        var url = form["url"].ToString().Trim();
        var (items, feed, error) = await ReadAsync(text, url, reader, cancellationToken);
        return PageLayout.Page("Explain", "/explain", html =>
        {
            FormHtml(html, text, url);
            if (error is not null)
            {
                html.Element("p", error, "bad");
                return;
            }

            html.Element("h2", "What explain shows");
            foreach (var item in items.Take(ExplainCommand.MaxItems))
            {
                html.Element("pre", ExplainCommand.Render(analyzer.Analyze(ArticleBuilder.Build(feed, item)), analyzer.Profiles));
            }
        }, error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    private static async Task<(IReadOnlyList<FeedItem> Items, FeedDefinition Feed, string? Error)> ReadAsync(
        string text, string url, IFeedReader reader, CancellationToken cancellationToken)
    {
        var pasted = new FeedDefinition("explain", "pasted text", null, null, null);
        if (url.Length > 0)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                return ([], pasted, $"'{url}' is not an http(s) URL.");
            }

            var feed = new FeedDefinition("explain", uri.AbsoluteUri, null, null, null);
            var fetched = await reader.FetchAsync(feed, FeedState.New(feed.Id), cancellationToken);
            return fetched.Status == FeedFetchStatus.Failed
                ? ([], feed, $"{uri.AbsoluteUri}: {fetched.Error}")
                : (fetched.Items, feed, fetched.Items.Count == 0 ? $"{uri.AbsoluteUri}: the feed has no items." : null);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return ([], pasted, "Paste an article's text or give a feed URL.");
        }

        if (text.Length > MaxTextLength)
        {
            return ([], pasted, $"The text is {text.Length:N0} characters long; at most {MaxTextLength:N0} are read.");
        }

        return ([new FeedItem("pasted", null, null, text, null, null)], pasted, null);
    }

    private static void FormHtml(HtmlWriter html, string? text, string? url)
    {
        html.Tag("<form method=\"post\" action=\"/explain\"><p><label for=\"text\">Article text</label></p>")
            .Tag("<textarea id=\"text\" name=\"text\">").Text(text).Tag("</textarea>")
            .Tag("<p><label>or a feed URL <input type=\"url\" name=\"url\" value=\"").Text(url).Tag("\"></label></p>")
            .Tag("<p><button type=\"submit\">Explain</button></p></form>");
    }
}
