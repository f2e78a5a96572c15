using System.Text.Json.Nodes;

namespace DeploymentWatch.TestKit.Slack;

/// <summary>One Web API method as the spec describes it: its arguments (token aside) and its success example.</summary>
public sealed record SlackMethodSpec(
    string Name,
    IReadOnlySet<string> Arguments,
    IReadOnlySet<string> RequiredArguments,
    JsonObject? SuccessExample,
    string Source);
