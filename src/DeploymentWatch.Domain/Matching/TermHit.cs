namespace DeploymentWatch.Domain.Matching;

/// <summary>A term of a topic found in a sentence: <paramref name="Text"/> is the article's own spelling.</summary>
public sealed record TermHit(string Label, string Text, TermRole Role, int SentenceIndex, int Start, int Length);
