namespace DeploymentWatch.Domain.Evaluation;

/// <summary>The scores of a system run against a labelled corpus (FORMAT.md, "Scoring").</summary>
/// <param name="Topics">Per topic id, in a stable order.</param>
/// <param name="Figures">Metric, value and at least one shared source.</param>
/// <param name="FiguresValueOnly">Metric and value, sources ignored.</param>
/// <param name="QualifierAccuracy">Share of the matched figures whose qualifier is equal (1 when none matched).</param>
/// <param name="Stories">Pairs of articles put in one story, against pairs sharing a gold story id.</param>
public sealed record EvaluationReport(
    IReadOnlyList<KeyValuePair<string, PrecisionRecall>> Topics,
    PrecisionRecall TopicsMicro,
    PrecisionRecall Figures,
    PrecisionRecall FiguresValueOnly,
    double QualifierAccuracy,
    PrecisionRecall Stories,
    IReadOnlyList<EvaluationError> Errors);
