namespace DeploymentWatch.Domain.Figures;

/// <summary>How a source's new figure relates to its previous one.</summary>
public enum FigureChangeKind
{
    FirstReport,
    Raised,
    Lowered,
}
