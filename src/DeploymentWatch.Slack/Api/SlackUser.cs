namespace DeploymentWatch.Slack.Api;

/// <summary>The part of users.info's user object that decides who may change a channel's subscription.</summary>
internal sealed record SlackUser(string Id, bool IsAdmin, bool IsOwner, bool IsPrimaryOwner, bool Deleted)
{
    public bool IsWorkspaceManager => !Deleted && (IsAdmin || IsOwner || IsPrimaryOwner);
}
