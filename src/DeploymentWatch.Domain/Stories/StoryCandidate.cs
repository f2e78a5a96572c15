namespace DeploymentWatch.Domain.Stories;

/// <summary>An article (or alert) with its fingerprint and, when it already belongs to one, its story id.</summary>
public sealed record StoryCandidate(string Id, StoryFingerprint Fingerprint, string? StoryId = null)
{
    /// <summary>The story this article belongs to: its own id when it started one.</summary>
    public string Story => StoryId ?? Id;
}
