namespace DeploymentWatch.Domain.Figures;

/// <summary>The hedge on a number: "about 300" is <see cref="About"/>, "more than 3,000" <see cref="Over"/>.</summary>
public enum FigureQualifier
{
    Exact,
    About,
    Over,
    Under,
}
