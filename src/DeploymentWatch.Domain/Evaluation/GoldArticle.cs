namespace DeploymentWatch.Domain.Evaluation;

/// <summary>One article's labels from a corpus's gold.yaml (see ../shared/eval/FORMAT.md).</summary>
/// <param name="File">The article's file name in the corpus folder.</param>
/// <param name="Story">Articles reporting the same event share a story id; null when none is given.</param>
/// <param name="Topics">The topics an alert should be raised for (empty: off-topic).</param>
public sealed record GoldArticle(
    string File,
    DateOnly? Published,
    string? Story,
    IReadOnlyList<string> Topics,
    IReadOnlyList<GoldFigure> Figures);
