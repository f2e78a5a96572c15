namespace DeploymentWatch.TestKit.Slack;

/// <summary>A channel of the fake workspace: whether the bot is in it decides not_in_channel, as in Slack.</summary>
public sealed class FakeSlackChannel(string id, bool isPrivate, bool isMember, bool isArchived)
{
    public string Id { get; } = id;

    public bool IsPrivate { get; } = isPrivate;

    public bool IsMember { get; set; } = isMember;

    public bool IsArchived { get; set; } = isArchived;

    public List<FakeSlackMessage> Messages { get; } = [];

    public List<string> SharedFileIds { get; } = [];
}
