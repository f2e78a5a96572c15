namespace DeploymentWatch.Web;

/// <summary>The frame every page shares: title, navigation, the stylesheet. Plain HTML: no script anywhere.</summary>
internal static class PageLayout
{
    private static readonly (string Path, string Label)[] Navigation =
    [
        ("/", "Overview"),
        ("/stories", "Stories"),
        ("/figures", "Figures"),
        ("/explain", "Explain"),
    ];

    public static IResult Page(string title, string currentPath, Action<HtmlWriter> body, int statusCode = StatusCodes.Status200OK)
    {
        var html = new HtmlWriter()
            .Tag("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Tag("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Tag("<link rel=\"stylesheet\" href=\"").Tag(WebStyles.Path).Tag("\">")
            .Tag("<title>").Text(title).Tag(" · DeploymentWatch</title></head><body>")
            .Tag("<header><strong>DeploymentWatch</strong><nav>");
        foreach (var (path, label) in Navigation)
        {
            html.LocalLink(path, label, path == currentPath);
        }

        html.Tag("</nav></header><main>").Element("h1", title);
        body(html);
        html.Tag("</main></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8", statusCode: statusCode);
    }
}
