namespace DeploymentWatch.Domain.Evaluation;

/// <summary>One miss, false alarm or wrong qualifier, with where it happened.</summary>
/// <param name="Area">"topic", "figure" or "story".</param>
/// <param name="Kind">"miss", "false-alarm" or "qualifier".</param>
/// <param name="Detail">What was missed or wrongly raised ("casualties about 1,100 [kr-jcs]").</param>
/// <param name="Sentence">The sentence a predicted figure was read from; null for misses and topics.</param>
public sealed record EvaluationError(string Area, string Kind, string File, string Detail, string? Sentence);
