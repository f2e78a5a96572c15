namespace DeploymentWatch.Domain.Figures;

/// <summary>The figures of an article, and the numbers that were read but rejected (for <c>explain</c>).</summary>
public sealed record FigureExtraction(IReadOnlyList<Figure> Figures, IReadOnlyList<FigureRejection> Rejections);

/// <summary>A number that is not a figure: where it stood, what it read, and why it was rejected.</summary>
public sealed record FigureRejection(int SentenceIndex, string Number, string Reason);
