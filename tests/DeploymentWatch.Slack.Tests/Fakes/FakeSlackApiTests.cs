using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using DeploymentWatch.TestKit.Slack;

namespace DeploymentWatch.Slack.Tests.Fakes;

/// <summary>The fake must refuse what real Slack would, or the delivery tests above prove nothing.</summary>
public sealed class FakeSlackApiTests : IAsyncLifetime
{
    private FakeSlackApi api = null!;

    public async Task InitializeAsync()
    {
        api = await FakeSlackApi.StartAsync();
        api.Workspace.AddChannel("C0ALERTS");
    }

    public async Task DisposeAsync() => await api.DisposeAsync();

    [Fact]
    public async Task Post_ArgumentUnknownToSpec_IsViolation()
    {
        var answer = await PostJsonAsync("chat.postMessage", new JsonObject { ["channel"] = "C0ALERTS", ["text"] = "hi", ["nonce"] = "x" });

        Assert.False((bool?)answer["ok"]);
        Assert.Contains(api.Violations, v => v.Contains("'nonce' unknown", StringComparison.Ordinal));
        Assert.Empty(api.Workspace.MessagesIn("C0ALERTS"));
    }

    [Fact]
    public async Task Post_MethodNotInSpec_IsViolation()
    {
        await PostJsonAsync("chat.postEverywhere", new JsonObject { ["channel"] = "C0ALERTS" });

        Assert.Contains("chat.postEverywhere: method not in the spec", api.Violations);
    }

    [Fact]
    public async Task Post_RequiredArgumentMissing_IsViolation()
    {
        await PostJsonAsync("chat.update", new JsonObject { ["channel"] = "C0ALERTS", ["text"] = "x" });

        Assert.Contains("chat.update: required argument 'ts' missing", api.Violations);
    }

    [Fact]
    public async Task Post_HeaderOverLimit_IsViolation()
    {
        var header = new JsonObject { ["type"] = "header", ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = new string('x', 151) } };

        await PostJsonAsync("chat.postMessage", new JsonObject { ["channel"] = "C0ALERTS", ["text"] = "x", ["blocks"] = new JsonArray(header) });

        Assert.Contains(api.Violations, v => v.Contains("header text length 151", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_NoToken_IsViolation()
    {
        await PostJsonAsync("chat.postMessage", new JsonObject { ["channel"] = "C0ALERTS", ["text"] = "x" }, token: null);

        Assert.Contains("chat.postMessage: no token", api.Violations);
    }

    [Fact]
    public async Task Post_ValidMessage_AnswersLikeTheSpecExample()
    {
        var answer = await PostJsonAsync("chat.postMessage", new JsonObject { ["channel"] = "C0ALERTS", ["text"] = "hello" });

        Assert.True((bool?)answer["ok"]);
        Assert.Equal("C0ALERTS", (string?)answer["channel"]);
        Assert.Equal((string?)answer["ts"], (string?)answer["message"]!["ts"]);
        Assert.Equal("bot_message", (string?)answer["message"]!["subtype"]);
        Assert.Empty(api.Violations);
    }

    private async Task<JsonObject> PostJsonAsync(string method, JsonObject body, string? token = FakeSlackApi.BotToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(api.BaseUrl, method))
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await SlackTestHttp.CreateClient().SendAsync(request);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }
}
