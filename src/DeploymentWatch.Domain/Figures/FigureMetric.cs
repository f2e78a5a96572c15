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

    /// <summary>Newly sent on top of an earlier total ("1,000 more", "increased by 2,000").</summary>
    TroopsAdditional,
}
