using DeploymentWatch.Domain.Figures;

namespace DeploymentWatch.Application.Figures;

/// <summary>
/// A figure as one source reported it in one article: "kr-nis: about 300 killed, 24 Jan 2025, in article X".
/// A figure attributed to several sources is stored once per source.
/// </summary>
public sealed record FigureReport(
    string Source,
    FigureMetric Metric,
    long Low,
    long High,
    FigureQualifier Qualifier,
    DateTimeOffset ReportedAt,
    string AlertId,
    string ArticleTitle,
    Uri? Link,
    string? Outlet,
    string Sentence)
{
    /// <summary>The named person who gave it for <see cref="Source"/> ("Zelensky"), if the article named one.</summary>
    public string? Speaker { get; init; }
}
