using System.Diagnostics;
using System.Text;
using DeploymentWatch.Application.Polling;
using DeploymentWatch.Configuration;
using DeploymentWatch.Domain.Profiles;
using DeploymentWatch.Feeds;
using DeploymentWatch.Feeds.Folders;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Benchmarks.Analysis;

/// <summary>
/// The 2,000-article folder `scan` is timed on (tests/DeploymentWatch.Benchmarks/Scan/generate_articles.py, about
/// 70 % off topic), read with the folder reader `scan` uses, and the shipped config/profiles.yaml. The folder is
/// generated once into the temp folder; the script is deterministic, so every run reads the same text.
/// </summary>
public static class GeneratedArticles
{
    public const int Count = 2000;

    private static readonly Lazy<string> Root = new(FindRepositoryRoot);

    private static readonly Lazy<string> CachedFolder = new(Generate);

    private static readonly Lazy<long> CachedBytes = new(() =>
        Items.Sum(item => (long)Encoding.UTF8.GetByteCount(item.Content) + Encoding.UTF8.GetByteCount(item.Title ?? string.Empty)));

    private static readonly Lazy<IReadOnlyList<FeedItem>> CachedItems = new(() =>
        new ArticleFolderReader(Options.Create(new FeedsOptions())).ReadAsync(CachedFolder.Value, null, CancellationToken.None).GetAwaiter().GetResult());

    public static FeedDefinition Feed { get; } = new("generated", "generated", null, null, "Example News");

    public static IReadOnlyList<FeedItem> Items => CachedItems.Value;

    /// <summary>UTF-8 bytes of the items' text and titles: what the MB/s column divides by.</summary>
    public static long Utf8Bytes => CachedBytes.Value;

    public static ProfileSet LoadProfiles() => ProfilesFileLoader.Load(Path.Combine(Root.Value, "config", "profiles.yaml"));

    private static string Generate()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"deploymentwatch-generated-{Count}");
        if (Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.txt").Count() == Count)
        {
            return folder;
        }

        var script = Path.Combine(Root.Value, "tests", "DeploymentWatch.Benchmarks", "Scan", "generate_articles.py");
        using var process = Process.Start(new ProcessStartInfo("python3", [script, Count.ToString(System.Globalization.CultureInfo.InvariantCulture), folder]) { UseShellExecute = false })
            ?? throw new InvalidOperationException("python3 could not be started");
        process.WaitForExit();
        return process.ExitCode == 0 ? folder : throw new InvalidOperationException($"{script} exited with {process.ExitCode}");
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DeploymentWatch.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("DeploymentWatch.sln not found above " + AppContext.BaseDirectory);
    }
}
