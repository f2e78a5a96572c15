using DeploymentWatch.Application.Polling;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Feeds.Folders;

/// <summary>
/// Reads a folder of article <c>.txt</c> files (format: shared/eval/FORMAT.md) into items, sorted by file name, with
/// metadata from each file's header block or from index.yaml. <see cref="FeedItem.ItemGuid"/> is the file name;
/// <see cref="FeedItem.Title"/> stays null when nothing gives one. gold.yaml (the labels) is never opened. A header
/// value that cannot be read (a date such as "unknown") is a logged warning, not a failure of the folder.
/// </summary>
public sealed class ArticleFolderReader(IOptions<FeedsOptions> options, ILogger<ArticleFolderReader>? logger = null)
{
    /// <exception cref="ArticleFolderException">The folder is missing, or a file or index.yaml cannot be read.</exception>
    public async Task<IReadOnlyList<FeedItem>> ReadAsync(string folder, string? outlet, CancellationToken cancellationToken)
    {
        var opened = await OpenAsync(folder, outlet, cancellationToken);
        return opened.Read(0, opened.Count, cancellationToken);
    }

    /// <summary>Lists the folder's articles and reads its index.yaml; the files are read by <see cref="ArticleFolder.Read"/>.</summary>
    /// <exception cref="ArticleFolderException">The folder is missing, or index.yaml cannot be read.</exception>
    public async Task<ArticleFolder> OpenAsync(string folder, string? outlet, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            throw new ArticleFolderException($"folder not found: {folder}");
        }

        try
        {
            var index = await ArticleIndex.LoadAsync(folder, Warn, cancellationToken);
            var files = ArticleFiles(folder);
            return new ArticleFolder(folder, [.. files.Select(f => Path.Join(folder, f.Name))], files.Sum(f => f.Length), index, outlet, options.Value.MaxBytes, Warn);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw ArticleFolderException.Unreadable(folder, ex);
        }
    }

    /// <summary>The article files, by name, each stat'd once: the listing gives both the paths and the size cap's total.</summary>
    private static FileInfo[] ArticleFiles(string folder) =>
        [.. new DirectoryInfo(folder).EnumerateFiles("*.txt", new EnumerationOptions { MatchCasing = MatchCasing.CaseInsensitive })
            .Where(f => f.Name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f.Name, StringComparer.Ordinal)];

    private void Warn(string message) => logger?.LogWarning("{Problem}", message);
}
