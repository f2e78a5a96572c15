using DeploymentWatch.Application.Polling;

namespace DeploymentWatch.Feeds.Folders;

/// <summary>
/// An article folder listed and its index.yaml read, whose files are read a run at a time, in file order. A caller
/// that analyses each run before it reads the next keeps a run of articles alive rather than the folder: a scan that
/// held a whole folder's text through its analysis had the collector copy all of it again and again.
/// </summary>
public sealed class ArticleFolder
{
    private readonly string[] _files;
    private readonly IReadOnlyDictionary<string, ArticleMetadata> _index;
    private readonly string? _outlet;
    private readonly long _maxBytes;
    private readonly Action<string> _warn;

    internal ArticleFolder(string path, string[] files, long totalBytes, IReadOnlyDictionary<string, ArticleMetadata> index, string? outlet, long maxBytes, Action<string> warn)
    {
        Path = path;
        TotalBytes = totalBytes;
        _files = files;
        _index = index;
        _outlet = outlet;
        _maxBytes = maxBytes;
        _warn = warn;
    }

    public string Path { get; }

    /// <summary>The size of the article files together, as listed.</summary>
    public long TotalBytes { get; }

    /// <summary>How many article files the folder holds.</summary>
    public int Count => _files.Length;

    /// <summary>
    /// Reads files <paramref name="start"/> to <paramref name="start"/> + <paramref name="count"/> on every core: a
    /// folder of thousands of small files is mostly system calls and decoding. The items, the header warnings (logged)
    /// and the error that stops the read (the first failing file) come out in file order, as if the files had been
    /// read one by one.
    /// </summary>
    /// <exception cref="ArticleFolderException">A file cannot be read.</exception>
    public IReadOnlyList<FeedItem> Read(int start, int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + count, _files.Length);
        var reads = new ArticleRead[count];
        Parallel.For(0, count, new ParallelOptions { CancellationToken = cancellationToken }, i => reads[i] = ArticleRead.Of(_files[start + i], _index, _outlet, _maxBytes));
        var items = new FeedItem[count];
        for (var i = 0; i < reads.Length; i++)
        {
            foreach (var warning in reads[i].Warnings)
            {
                _warn(warning);
            }

            try
            {
                reads[i].Failure?.Throw();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw ArticleFolderException.Unreadable(Path, ex);
            }

            items[i] = reads[i].Item!;
        }

        return items;
    }
}
