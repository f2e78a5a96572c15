using System.Net.Http.Headers;
using System.Text;
using DeploymentWatch.Slack.Commands;
using DeploymentWatch.Slack.Tests.Fakes;
using DeploymentWatch.TestKit.Slack;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace DeploymentWatch.Slack.Tests.Commands;

/// <summary>A real Kestrel host on loopback with AddSlack + MapSlackCommands, as the app wires them.</summary>
public sealed class SlackCommandTestHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private SlackCommandTestHost(WebApplication app, SlackTestTime time, RecordingCommandService commands)
    {
        this.app = app;
        Time = time;
        Commands = commands;
    }

    public SlackTestTime Time { get; }

    public RecordingCommandService Commands { get; }

    public Uri Endpoint { get; private set; } = null!;

    public static async Task<SlackCommandTestHost> StartAsync(IDictionary<string, string?> settings, DateTimeOffset now)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var time = new SlackTestTime(now);
        var commands = new RecordingCommandService();
        SlackTestServices.Register(builder.Services, settings, time, commands);
        var app = builder.Build();
        app.MapSlackCommands();
        var host = new SlackCommandTestHost(app, time, commands);
        await app.StartAsync();
        host.Endpoint = new Uri(app.Urls.First().TrimEnd('/') + "/slack/commands");
        return host;
    }

    /// <summary>Posts a form body with the given signature headers (null = header left out).</summary>
    public async Task<(int Status, string Body)> PostAsync(string body, string? timestamp, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint)
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/x-www-form-urlencoded")),
        };
        if (timestamp is not null)
        {
            request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        }

        if (signature is not null)
        {
            request.Headers.Add("X-Slack-Signature", signature);
        }

        using var response = await SlackTestHttp.CreateClient().SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts a body signed with the test secret at the host's current (fake) time.</summary>
    public Task<(int Status, string Body)> PostSignedAsync(string body)
    {
        var (timestamp, signature) = SlackTestServices.Sign(body, Time.GetUtcNow());
        return PostAsync(body, timestamp, signature);
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
