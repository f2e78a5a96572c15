namespace DeploymentWatch.Domain.Figures;

/// <summary>A count written in a sentence: "about 11,000", "10,000 to 12,000", "two", "3,000-plus".</summary>
/// <param name="Start">Where the number (or "a" of "a dozen") starts in the sentence.</param>
/// <param name="End">Just past the number, its range end or its "-plus".</param>
/// <param name="PlusSuffix">Written "3,000-plus" or "3,000 or more": a lower bound.</param>
internal readonly record struct NumberMention(int Start, int End, long Low, long High, bool PlusSuffix);
