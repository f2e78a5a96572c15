namespace DeploymentWatch.TestKit.Slack;

/// <summary>A user of the fake workspace, as users.info reports them.</summary>
public sealed record FakeSlackUser(string Id, bool IsAdmin, bool IsOwner);
