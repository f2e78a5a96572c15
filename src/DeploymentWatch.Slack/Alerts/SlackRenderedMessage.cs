using System.Text.Json.Nodes;

namespace DeploymentWatch.Slack.Alerts;

/// <summary>A message ready for chat.postMessage: Block Kit plus the plain fallback Slack shows in notifications.</summary>
internal sealed record SlackRenderedMessage(string Text, JsonArray Blocks);
