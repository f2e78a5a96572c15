using System.Globalization;
using System.Text.RegularExpressions;
using DeploymentWatch.Domain.Analysis;
using DeploymentWatch.Domain.Articles;
using DeploymentWatch.Domain.Profiles;
using DeploymentWatch.Domain.Tests.Figures;
using DeploymentWatch.TestKit.Profiles;

namespace DeploymentWatch.Domain.Tests.Stories;

/// <summary>The seed articles analysed as the poller would (sample topics, the standard sources), dated by seeds/index.yaml.</summary>
internal static partial class SeedStories
{
    public static ProfileSet Profiles { get; } = new(SampleProfiles.Create().Topics, SourceProfiles.Standard.Sources) { Figures = SourceProfiles.Standard.Figures };

    public static IReadOnlyList<ArticleAnalysis> Analyses()
    {
        var analyzer = new ArticleAnalyzer(Profiles);
        var published = File.ReadLines(Path.Combine(SeedCorpus.Directory, "index.yaml"))
            .Select(line => IndexLine().Match(line))
            .Where(m => m.Success)
            .ToDictionary(m => m.Groups["file"].Value, m => DateTimeOffset.Parse(m.Groups["date"].Value, CultureInfo.InvariantCulture));
        return SeedCorpus.Files
            .Select(file => analyzer.Analyze(new Article("seeds", file, file, SeedCorpus.Text(file), "Seed articles", null, published[file])))
            .ToArray();
    }

    [GeneratedRegex(@"file:\s*(?<file>[^,\s]+),\s*published:\s*(?<date>\d{4}-\d{2}-\d{2})")]
    private static partial Regex IndexLine();
}
