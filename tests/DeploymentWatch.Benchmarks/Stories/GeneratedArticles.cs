using System.Diagnostics;
using DeploymentWatch.Application.Polling;
using DeploymentWatch.Configuration;
using DeploymentWatch.Domain.Analysis;
using DeploymentWatch.Domain.Profiles;
using DeploymentWatch.Feeds;
using DeploymentWatch.Feeds.Folders;
using DeploymentWatch.TestKit.Repository;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Benchmarks.Stories;

/// <summary>
/// The folder `scan` is timed on: 2,000 articles written by Scan/generate_articles.py (about 70 % off topic), read
/// with the folder reader and analysed with the shipped profiles, as `scan` does before the story stage.
/// The folder is DEPLOYMENTWATCH_SCAN_FOLDER when set, else generated once under the temp folder.
/// </summary>
public static class GeneratedArticles
{
    public const int Count = 2000;

    public static string Folder =>
        Environment.GetEnvironmentVariable("DEPLOYMENTWATCH_SCAN_FOLDER") is { Length: > 0 } folder
            ? folder
            : Path.Combine(Path.GetTempPath(), $"deploymentwatch-scan-{Count}");

    /// <summary>Bytes of the folder's article files: the MB/s columns divide this by one pass over the folder's alerts.</summary>
    public static long FolderBytes => Directory.EnumerateFiles(EnsureFolder(), "*.txt").Sum(path => new FileInfo(path).Length);

    public static ProfileSet Profiles() => ProfilesFileLoader.Load(Path.Combine(RepositoryPaths.Config, "profiles.yaml"));

    /// <summary>Every article's analysis, in folder order, relevant or not.</summary>
    public static IReadOnlyList<ArticleAnalysis> Analyses(ArticleAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var folder = EnsureFolder();
        var items = new ArticleFolderReader(Options.Create(new FeedsOptions())).ReadAsync(folder, null, CancellationToken.None).GetAwaiter().GetResult();
        var feed = new FeedDefinition("scan-0", folder, null, null, null);
        return items.Select(item => analyzer.Analyze(ArticleBuilder.Build(feed, item))).ToArray();
    }

    private static string EnsureFolder()
    {
        var folder = Folder;
        if (Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.txt").Any())
        {
            return folder;
        }

        var script = Path.Combine(RepositoryPaths.Root, "tests", "DeploymentWatch.Benchmarks", "Scan", "generate_articles.py");
        using var python = Process.Start(new ProcessStartInfo("python3", [script, Count.ToString(System.Globalization.CultureInfo.InvariantCulture), folder]))
                           ?? throw new InvalidOperationException("python3 could not be started to generate " + folder);
        python.WaitForExit();
        if (python.ExitCode != 0)
        {
            throw new InvalidOperationException($"generate_articles.py exited with {python.ExitCode}");
        }

        return folder;
    }
}
