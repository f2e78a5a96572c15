namespace DeploymentWatch.Domain.Figures;

/// <summary>What a figure counts (ids as in the corpus format: troops, troops-frontline, …).</summary>
public enum FigureMetric
{
    Troops,
    TroopsFrontline,
    TroopsPlanned,
    Killed,
    Wounded,
    Casualties,
    Captured,
}
