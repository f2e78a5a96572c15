using DeploymentWatch.Application.Polling;
using DeploymentWatch.Application.Stories;
using DeploymentWatch.Configuration;
using DeploymentWatch.Domain.Analysis;
using DeploymentWatch.Domain.Evaluation;
using DeploymentWatch.Domain.Stories;
using DeploymentWatch.Evaluation;
using DeploymentWatch.Feeds;
using DeploymentWatch.Feeds.Folders;
using DeploymentWatch.TestKit.Repository;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Tests.Stories;

/// <summary>The story grouping as `eval` runs it: shipped profiles, the seed folder as the folder reader gives it, default options.</summary>
public class SeedStoryEvaluationTests
{
    [Fact]
    public async Task Group_SeedsWithShippedProfiles_StoryPairsArePerfect()
    {
        var gold = GoldFileReader.Read(Path.Combine(RepositoryPaths.Seeds, "gold.yaml"));
        var items = await new ArticleFolderReader(Options.Create(new FeedsOptions())).ReadAsync(RepositoryPaths.Seeds, null, CancellationToken.None);
        var analyzer = new ArticleAnalyzer(ProfilesFileLoader.Load(Path.Combine(RepositoryPaths.Config, "profiles.yaml")));
        var feed = new FeedDefinition("eval", RepositoryPaths.Seeds, null, null, null);
        var analyses = items.Select(item => (File: item.ItemGuid!, Analysis: analyzer.Analyze(ArticleBuilder.Build(feed, item)))).ToArray();

        // The batch call `eval` makes: one story id per article, in input order.
        var matcher = new StoryMatcher(new StoryOptions().ToThresholds());
        var stories = matcher.Group(analyses
            .Select(a => new StoryCandidate(a.File, StoryFingerprint.From(a.Analysis, StoryVocabulary.From(analyzer.Profiles))))
            .ToArray());

        var predicted = analyses.Select((a, i) => new PredictedArticle(a.File, a.Analysis.MatchedTopics.Select(t => t.TopicId).ToArray(), [], stories[i])).ToArray();
        var report = EvaluationScorer.Score(gold, predicted);
        Assert.Equal(1.0, report.Stories.Precision);
        Assert.Equal(1.0, report.Stories.Recall);
        Assert.Equal(3, stories.Distinct().Count());
    }
}
