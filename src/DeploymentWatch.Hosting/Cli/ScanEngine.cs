using DeploymentWatch.Domain.Analysis;
using DeploymentWatch.Domain.Stories;

namespace DeploymentWatch.Cli;

/// <summary>What `scan` analyses with: the compiled profiles and the words stories are recognised by.</summary>
internal sealed record ScanEngine(ArticleAnalyzer Analyzer, StoryVocabulary Vocabulary);
