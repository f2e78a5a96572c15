namespace DeploymentWatch.Feeds.Folders;

/// <summary>What a header block or an index.yaml entry says about one article; every field optional.</summary>
internal sealed record ArticleMetadata(string? Title, string? Outlet, string? Url, DateTimeOffset? Published)
{
    public static readonly ArticleMetadata None = new(null, null, null, null);

    /// <summary>Field by field, this (the file's own header) wins over <paramref name="fallback"/> (index.yaml).</summary>
    public ArticleMetadata Over(ArticleMetadata fallback) =>
        new(Title ?? fallback.Title, Outlet ?? fallback.Outlet, Url ?? fallback.Url, Published ?? fallback.Published);
}
