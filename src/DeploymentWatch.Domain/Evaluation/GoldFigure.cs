using DeploymentWatch.Domain.Figures;

namespace DeploymentWatch.Domain.Evaluation;

/// <summary>A labelled figure: a single value has <paramref name="Low"/> == <paramref name="High"/>.</summary>
public sealed record GoldFigure(FigureMetric Metric, long Low, long High, FigureQualifier Qualifier, IReadOnlyList<string> Sources);
