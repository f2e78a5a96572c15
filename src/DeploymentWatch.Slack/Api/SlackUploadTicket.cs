namespace DeploymentWatch.Slack.Api;

/// <summary>files.getUploadURLExternal's answer: where to send the bytes and the id to complete the upload with.</summary>
internal sealed record SlackUploadTicket(Uri UploadUrl, string FileId);
