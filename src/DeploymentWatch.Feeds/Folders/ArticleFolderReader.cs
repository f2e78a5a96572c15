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
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            throw new ArticleFolderException($"folder not found: {folder}");
        }

        try
        {
            var index = await ArticleIndex.LoadAsync(folder, Warn, cancellationToken);
            return ReadArticles(ArticleFiles(folder).ToArray(), index, outlet, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ArticleFolderException($"cannot read {folder}: {ReadableUnits.OneLine(ex.Message)}", ex);
        }
    }

    /// <summary>The size of the folder's article files together.</summary>
    public static long TotalBytes(string folder) => ArticleFiles(folder).Sum(path => new FileInfo(path).Length);

    private static IEnumerable<string> ArticleFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.txt", new EnumerationOptions { MatchCasing = MatchCasing.CaseInsensitive })
            .Where(p => p.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);

    /// <summary>
    /// Reads the files on every core: a folder of thousands of small files is mostly system calls and decoding.
    /// The result, the warnings and the error that stops the read (the first failing file) come out in file order,
    /// as if the files had been read one by one.
    /// </summary>
    private FeedItem[] ReadArticles(string[] paths, IReadOnlyDictionary<string, ArticleMetadata> index, string? outlet, CancellationToken cancellationToken)
    {
        var reads = new ArticleRead[paths.Length];
        var maxBytes = options.Value.MaxBytes;
        Parallel.For(0, paths.Length, new ParallelOptions { CancellationToken = cancellationToken }, i => reads[i] = ArticleRead.Of(paths[i], index, outlet, maxBytes));
        var items = new FeedItem[paths.Length];
        for (var i = 0; i < reads.Length; i++)
        {
            foreach (var warning in reads[i].Warnings)
            {
                Warn(warning);
            }

            reads[i].Failure?.Throw();
            items[i] = reads[i].Item!;
        }

        return items;
    }

    private void Warn(string message) => logger?.LogWarning("{Problem}", message);
}
