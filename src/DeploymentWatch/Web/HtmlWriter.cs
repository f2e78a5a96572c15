using System.Text;
using System.Text.Encodings.Web;

namespace DeploymentWatch.Web;

/// <summary>
/// Builds a page's HTML. Everything that is not one of the page's own tags goes through <see cref="Text"/> and is
/// HTML-encoded: feed titles, summaries and outlet names are written by strangers and may hold markup or script.
/// </summary>
internal sealed class HtmlWriter
{
    private readonly StringBuilder html = new(16 * 1024);

    /// <summary>Markup written by the page itself (a constant), never data.</summary>
    public HtmlWriter Tag(string markup)
    {
        html.Append(markup);
        return this;
    }

    public HtmlWriter Text(string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            // Returns the same string when nothing needs encoding: most text costs one scan and no allocation.
            html.Append(HtmlEncoder.Default.Encode(text));
        }

        return this;
    }

    /// <summary>&lt;tag class="…"&gt;text&lt;/tag&gt;, the text encoded.</summary>
    public HtmlWriter Element(string tag, string? text, string? cssClass = null)
    {
        html.Append('<').Append(tag);
        if (cssClass is not null)
        {
            html.Append(" class=\"").Append(cssClass).Append('"');
        }

        html.Append('>');
        Text(text);
        html.Append("</").Append(tag).Append('>');
        return this;
    }

    public HtmlWriter Cell(string? text, string? cssClass = null) => Element("td", text, cssClass);

    /// <summary>A link to a page of this site: the path is built by the page and its parts are encoded.</summary>
    public HtmlWriter LocalLink(string path, string text, bool current = false)
    {
        html.Append("<a href=\"");
        Text(path);
        html.Append(current ? "\" aria-current=\"page\">" : "\">");
        return Text(text).Tag("</a>");
    }

    /// <summary>A link to an article: only http(s) addresses become links (no javascript: or data:), the rest is text.</summary>
    public HtmlWriter ExternalLink(Uri? link, string text)
    {
        if (link is null || !link.IsAbsoluteUri || (link.Scheme != Uri.UriSchemeHttp && link.Scheme != Uri.UriSchemeHttps))
        {
            return Text(text);
        }

        html.Append("<a rel=\"noopener noreferrer nofollow\" href=\"");
        Text(link.AbsoluteUri);
        html.Append("\">");
        return Text(text).Tag("</a>");
    }

    public override string ToString() => html.ToString();
}
