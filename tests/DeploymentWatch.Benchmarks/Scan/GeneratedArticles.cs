using System.Diagnostics;
using System.Text;
using DeploymentWatch.Application.Polling;
using DeploymentWatch.Configuration;
using DeploymentWatch.Domain.Analysis;
using DeploymentWatch.Domain.Profiles;
using DeploymentWatch.Feeds;
using DeploymentWatch.Feeds.Folders;
using DeploymentWatch.TestKit.Repository;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Benchmarks.Scan;

/// <summary>
/// The 2,000-article folder `scan` is timed on (generate_articles.py beside this file, about 70 % off topic), read
/// with the folder reader `scan` uses, and the shipped config/profiles.yaml. The folder is DEPLOYMENTWATCH_SCAN_FOLDER
/// when set, else generated once under the temp folder; the script is deterministic, so every run reads the same text.
/// </summary>
public static class GeneratedArticles
{
    public const int Count = 2000;

    private static readonly Lazy<string> CachedFolder = new(EnsureFolder);

    private static readonly Lazy<IReadOnlyList<FeedItem>> CachedItems = new(() =>
        new ArticleFolderReader(Options.Create(new FeedsOptions())).ReadAsync(CachedFolder.Value, null, CancellationToken.None).GetAwaiter().GetResult());

    private static readonly Lazy<long> CachedBytes = new(() =>
        Items.Sum(item => (long)Encoding.UTF8.GetByteCount(item.Content) + Encoding.UTF8.GetByteCount(item.Title ?? string.Empty)));

    private static readonly Lazy<long> CachedFolderBytes = new(() =>
        Directory.EnumerateFiles(CachedFolder.Value, "*.txt").Sum(path => new FileInfo(path).Length));

    public static FeedDefinition Feed { get; } = new("generated", "generated", null, null, "Example News");

    public static IReadOnlyList<FeedItem> Items => CachedItems.Value;

    /// <summary>UTF-8 bytes of the items' text and titles.</summary>
    public static long Utf8Bytes => CachedBytes.Value;

    /// <summary>Bytes of the folder's article files, headers included: what `scan` reads.</summary>
    public static long FolderBytes => CachedFolderBytes.Value;

    public static ProfileSet LoadProfiles() => ProfilesFileLoader.Load(Path.Combine(RepositoryPaths.Config, "profiles.yaml"));

    /// <summary>Every article's analysis, in folder order, relevant or not, as `scan` makes them before the story stage.</summary>
    public static IReadOnlyList<ArticleAnalysis> Analyses(ArticleAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        return Items.Select(item => analyzer.Analyze(ArticleBuilder.Build(Feed, item))).ToArray();
    }

    private static string EnsureFolder()
    {
        var folder = Environment.GetEnvironmentVariable("DEPLOYMENTWATCH_SCAN_FOLDER") is { Length: > 0 } given
            ? given
            : Path.Combine(Path.GetTempPath(), $"deploymentwatch-generated-{Count}");
        if (Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.txt").Any())
        {
            return folder;
        }

        var script = Path.Combine(RepositoryPaths.Root, "tests", "DeploymentWatch.Benchmarks", "Scan", "generate_articles.py");
        using var python = Process.Start(new ProcessStartInfo("python3", [script, Count.ToString(System.Globalization.CultureInfo.InvariantCulture), folder]) { UseShellExecute = false })
            ?? throw new InvalidOperationException("python3 could not be started to generate " + folder);
        python.WaitForExit();
        return python.ExitCode == 0 ? folder : throw new InvalidOperationException($"{script} exited with {python.ExitCode}");
    }
}
