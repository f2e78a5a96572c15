namespace DeploymentWatch.Domain.Matching;

/// <summary>One use of a term by a topic: a folded term may serve several topics in several roles.</summary>
internal readonly record struct TermUse(int TopicIndex, TermRole Role, string Label);
