namespace DeploymentWatch.Domain.Matching;

/// <summary>What a term means to a topic: the thing it is about, a word that says it happened, the setting it
/// needs, a word that says it is something else, a phrase in which a trigger does not count, or another
/// actor whose triggers are its own.</summary>
public enum TermRole
{
    Entity,
    Trigger,
    Context,
    Exclusion,
    Ignore,
    Other,
}
