using System.Text.Json.Nodes;

namespace DeploymentWatch.Slack.Api;

/// <summary>Arguments of chat.postMessage and chat.update (<see cref="Ts"/> set = update).</summary>
internal sealed record SlackMessageRequest(string Channel, string Text, JsonArray Blocks, string? Ts = null);
