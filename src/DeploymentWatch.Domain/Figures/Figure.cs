using System.Globalization;

namespace DeploymentWatch.Domain.Figures;

/// <summary>
/// One reported count about North Korean soldiers: "about 300 killed, according to the NIS". A single value has
/// <see cref="Low"/> == <see cref="High"/>; a range ("10,000 to 12,000") has Low &lt; High.
/// </summary>
/// <param name="Sources">Source ids (e.g. "kr-nis"); "unattributed" when the outlet names none.</param>
/// <param name="SentenceIndex">Index of the sentence in the article it was read from.</param>
public sealed record Figure(
    FigureMetric Metric,
    long Low,
    long High,
    FigureQualifier Qualifier,
    IReadOnlyList<string> Sources,
    int SentenceIndex,
    string Sentence)
{
    /// <summary>The named person who gave the figure for its source ("Zelensky"), when the sentence names one.</summary>
    public string? Speaker { get; init; }

    /// <summary>Which rule named the sources (shown by <c>explain</c>).</summary>
    public AttributionRule Rule { get; init; }

    public bool IsRange => Low != High;

    /// <summary>"about 300", "more than 3,000", "10,000–12,000".</summary>
    public string FormatValue()
    {
        var number = IsRange
            ? string.Create(CultureInfo.InvariantCulture, $"{Low:N0}–{High:N0}")
            : Low.ToString("N0", CultureInfo.InvariantCulture);
        return Qualifier switch
        {
            FigureQualifier.About => "about " + number,
            FigureQualifier.Over => "more than " + number,
            FigureQualifier.Under => "up to " + number,
            _ => number,
        };
    }
}
