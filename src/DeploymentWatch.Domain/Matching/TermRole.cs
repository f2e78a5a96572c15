namespace DeploymentWatch.Domain.Matching;

/// <summary>What a term means to a topic: the thing it is about, a word that says it happened, the setting it
/// needs, or a word that says it is something else.</summary>
public enum TermRole
{
    Entity,
    Trigger,
    Context,
    Exclusion,
}
