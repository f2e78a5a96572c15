using System.Text.Json.Nodes;

namespace DeploymentWatch.TestKit.Slack;

/// <summary>
/// The official Slack Web API spec (shared/specs/slack-web-openapi-v2.json, Oct 2020), plus the few methods the
/// current docs (docs.slack.dev) added since, which the bot needs: apps.connections.open and the external file
/// upload. Those supplements are written from the current method pages and marked as such.
/// </summary>
public sealed class SlackWebApiSpec
{
    private static readonly Lazy<SlackWebApiSpec> Shared = new(() => Load(SlackSpecLocator.FindSpecFile()));

    private readonly Dictionary<string, SlackMethodSpec> methods;

    private SlackWebApiSpec(Dictionary<string, SlackMethodSpec> methods) => this.methods = methods;

    public static SlackWebApiSpec Official => Shared.Value;

    public SlackMethodSpec? Find(string method) => methods.GetValueOrDefault(method);

    public static SlackWebApiSpec Load(string path)
    {
        var root = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var methods = new Dictionary<string, SlackMethodSpec>(StringComparer.Ordinal);
        foreach (var (route, item) in root["paths"]!.AsObject())
        {
            foreach (var (_, operation) in item!.AsObject())
            {
                var parameters = operation!["parameters"]?.AsArray().Select(p => p!.AsObject()).ToList() ?? [];
                var args = parameters.Where(p => (string?)p["name"] != "token").ToList();
                var name = route.TrimStart('/');
                var example = operation["responses"]?["200"]?["examples"]?["application/json"]?.DeepClone().AsObject();
                methods[name] = new SlackMethodSpec(
                    name,
                    args.Select(p => (string)p["name"]!).ToHashSet(StringComparer.Ordinal),
                    args.Where(p => (bool?)p["required"] == true).Select(p => (string)p["name"]!).ToHashSet(StringComparer.Ordinal),
                    example,
                    "slack-web-openapi-v2.json");
            }
        }

        foreach (var supplement in CurrentDocsSupplements())
        {
            methods.TryAdd(supplement.Name, supplement);
        }

        return new SlackWebApiSpec(methods);
    }

    // From docs.slack.dev/reference/methods/<name> (2025-2026); the 2020 spec predates these methods.
    private static IEnumerable<SlackMethodSpec> CurrentDocsSupplements()
    {
        yield return new SlackMethodSpec("apps.connections.open", Set(), Set(), null, "docs.slack.dev");
        yield return new SlackMethodSpec(
            "files.getUploadURLExternal", Set("filename", "length", "alt_txt", "snippet_type"), Set("filename", "length"), null, "docs.slack.dev");
        yield return new SlackMethodSpec(
            "files.completeUploadExternal",
            Set("files", "channel_id", "channels", "initial_comment", "thread_ts", "blocks"),
            Set("files"),
            null,
            "docs.slack.dev");
    }

    private static HashSet<string> Set(params string[] names) => new(names, StringComparer.Ordinal);
}
