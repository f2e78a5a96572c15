using System.Runtime.ExceptionServices;
using DeploymentWatch.Application.Polling;

namespace DeploymentWatch.Feeds.Folders;

/// <summary>
/// One article file read on its own: the item, or the error that stops the folder's read, and the warnings its
/// header gave, held so the folder can report them in file order.
/// </summary>
internal sealed record ArticleRead(FeedItem? Item, ExceptionDispatchInfo? Failure, IReadOnlyList<string> Warnings)
{
    public static ArticleRead Of(string path, IReadOnlyDictionary<string, ArticleMetadata> index, string? outlet, long maxBytes)
    {
        List<string>? warnings = null;
        try
        {
            var name = Path.GetFileName(path);
            var (header, text) = ArticleFileText.Read(path, maxBytes, content =>
            {
                var (metadata, start) = ArticleHeader.Split(content, path, warning => (warnings ??= []).Add(warning));
                return (metadata, content[start..].ToString());
            });
            var metadata = header.Over(index.GetValueOrDefault(name) ?? ArticleMetadata.None);
            return new ArticleRead(new FeedItem(name, metadata.Url, metadata.Title, text, metadata.Published, metadata.Outlet ?? outlet), null, (IReadOnlyList<string>?)warnings ?? []);
        }
        catch (Exception ex) when (ex is ArticleFolderException or IOException or UnauthorizedAccessException)
        {
            return new ArticleRead(null, ExceptionDispatchInfo.Capture(ex), (IReadOnlyList<string>?)warnings ?? []);
        }
    }
}
