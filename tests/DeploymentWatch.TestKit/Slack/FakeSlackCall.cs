using System.Text.Json.Nodes;

namespace DeploymentWatch.TestKit.Slack;

/// <summary>One request the fake received: method, arguments (query, form or JSON merged), token and content type.</summary>
public sealed record FakeSlackCall(string Method, JsonObject Arguments, string? Token, string? ContentType);
