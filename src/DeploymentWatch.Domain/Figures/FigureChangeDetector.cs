using DeploymentWatch.Domain.Profiles;

namespace DeploymentWatch.Domain.Figures;

/// <summary>
/// Finds what an article changes in the figure history: a source reporting a metric for the first time, or a new
/// value for it ("NIS raises its estimate … from about 100 to about 300"). The same value again (more outlets
/// repeating it, or a reworded hedge) is silent, and so is a report older than the source's latest (an article
/// read late tells history, not news). Unattributed numbers are the outlet's own and never announced.
/// </summary>
public sealed class FigureChangeDetector(ProfileSet profiles)
{
    public const string Unattributed = "unattributed";

    public const int MaxHeadlines = 4;

    /// <param name="previousLatest">The latest stored reading per (source, metric), before this article.</param>
    /// <param name="incoming">The article's readings.</param>
    public static IReadOnlyList<FigureChange> Detect(IReadOnlyList<FigureReading> previousLatest, IReadOnlyList<FigureReading> incoming)
    {
        ArgumentNullException.ThrowIfNull(previousLatest);
        ArgumentNullException.ThrowIfNull(incoming);
        var latest = previousLatest
            .GroupBy(r => (r.Source, r.Metric))
            .ToDictionary(g => g.Key, g => g.MaxBy(r => r.ReportedAt)!);
        var changes = new List<FigureChange>();

        // An article giving one source two values for a metric ("more than 1,000 … approximately 1,100") means the larger.
        foreach (var current in incoming
                     .Where(r => !string.Equals(r.Source, Unattributed, StringComparison.OrdinalIgnoreCase))
                     .GroupBy(r => (r.Source, r.Metric))
                     .Select(g => g.MaxBy(r => r.High)!))
        {
            if (!latest.TryGetValue((current.Source, current.Metric), out var previous))
            {
                changes.Add(new FigureChange(FigureChangeKind.FirstReport, null, current));
            }
            else if (current.ReportedAt >= previous.ReportedAt && !current.SameValue(previous) && !Consistent(current, previous))
            {
                var kind = current.Low + current.High > previous.Low + previous.High ? FigureChangeKind.Raised : FigureChangeKind.Lowered;
                changes.Add(new FigureChange(kind, previous, current));
            }
        }

        return changes;
    }

    /// <summary>
    /// The alert's first lines for those changes: revisions before first reports (a revision is the news), at most
    /// <see cref="MaxHeadlines"/> lines so the summary stays in view.
    /// </summary>
    public IReadOnlyList<string> Headlines(IReadOnlyList<FigureReading> previousLatest, IReadOnlyList<FigureReading> incoming)
    {
        var changes = Detect(previousLatest, incoming).OrderBy(c => c.Kind == FigureChangeKind.FirstReport).ToArray();
        if (changes.Length <= MaxHeadlines)
        {
            return changes.Select(Headline).ToArray();
        }

        var shown = changes.Take(MaxHeadlines - 1).Select(Headline).ToList();
        shown.Add($"…and {changes.Length - shown.Count} more new or revised figures (see Figures below)");
        return shown;
    }

    /// <summary>"NIS raises its estimate of North Korean soldiers killed from about 100 to about 300".</summary>
    public string Headline(FigureChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var source = profiles.SourceName(change.Current.Source);
        var subject = Subject(change.Current.Metric);

        // "Western assessments raise their estimate"; acronyms ending in S ("NIS", "JCS", "US") are singular.
        var plural = source.EndsWith('s') && source.Any(char.IsLower);
        var (reports, raises, lowers, its) = plural ? ("report", "raise", "lower", "their") : ("reports", "raises", "lowers", "its");
        return change switch
        {
            { Kind: FigureChangeKind.FirstReport } =>
                $"{source} {reports} for the first time: {change.Current.FormatValue()} {subject}",
            { Kind: FigureChangeKind.Raised, Previous: { } previous } =>
                $"{source} {raises} {its} estimate of {subject} from {previous.FormatValue()} to {change.Current.FormatValue()}",
            { Previous: { } previous } =>
                $"{source} {lowers} {its} estimate of {subject} from {previous.FormatValue()} to {change.Current.FormatValue()}",
            _ => throw new ArgumentException("A raised or lowered figure needs its previous value.", nameof(change)),
        };
    }

    // A range that takes in the other value ("10,000–12,000" after "about 12,000") restates the estimate, it does not revise it.
    private static bool Consistent(FigureReading a, FigureReading b) =>
        (a.Low != a.High || b.Low != b.High) && a.Low <= b.High && b.Low <= a.High;

    private static string Subject(FigureMetric metric) => metric switch
    {
        FigureMetric.Troops => "North Korean troops in Russia",
        FigureMetric.TroopsFrontline => "North Korean troops at the front",
        FigureMetric.TroopsPlanned => "North Korean troops to be sent",
        FigureMetric.TroopsAdditional => "additional North Korean troops sent",
        FigureMetric.Killed => "North Korean soldiers killed",
        FigureMetric.Wounded => "North Korean soldiers wounded",
        FigureMetric.Casualties => "North Korean casualties (killed and wounded)",
        FigureMetric.Captured => "North Korean soldiers captured",
        _ => metric.ToLabel(),
    };
}
