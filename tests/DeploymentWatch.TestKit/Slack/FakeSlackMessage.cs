using System.Text.Json.Nodes;

namespace DeploymentWatch.TestKit.Slack;

/// <summary>A message as it stands in a fake channel (edits replace it in place).</summary>
public sealed record FakeSlackMessage(string Ts, string? Text, JsonArray? Blocks);
