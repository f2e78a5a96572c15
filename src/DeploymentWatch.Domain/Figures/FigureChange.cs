namespace DeploymentWatch.Domain.Figures;

/// <summary>A source reporting a metric for the first time, or a new value for it; <see cref="Previous"/> is null for a first report.</summary>
public sealed record FigureChange(FigureChangeKind Kind, FigureReading? Previous, FigureReading Current);
