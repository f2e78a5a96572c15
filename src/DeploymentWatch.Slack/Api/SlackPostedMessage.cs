namespace DeploymentWatch.Slack.Api;

/// <summary>What chat.postMessage and chat.update answer: the channel and the message's ts (its id for edits).</summary>
internal sealed record SlackPostedMessage(string Channel, string Ts);
