using DeploymentWatch.Domain.Figures;

namespace DeploymentWatch.Domain.Evaluation;

/// <summary>What the system made of one article: topics it raised alerts for, figures it read, the story it chose.</summary>
public sealed record PredictedArticle(
    string File,
    IReadOnlyList<string> Topics,
    IReadOnlyList<Figure> Figures,
    string? StoryId);
