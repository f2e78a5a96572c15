namespace DeploymentWatch.Domain.Figures;

/// <summary>A cue found at [Start, End) of a folded sentence; <paramref name="Casualty"/> is set for casualty words.</summary>
internal readonly record struct CueHit(int Start, int End, CueKind Kinds, FigureMetric Casualty);
