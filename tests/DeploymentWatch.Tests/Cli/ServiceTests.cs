using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace DeploymentWatch.Tests.Cli;

public class ServiceTests
{
    [Fact]
    public async Task Run_WithoutTokens_ServesHealthzAndSaysWhichChannelsAreOff()
    {
        using var cli = new CliProcess();
        // Port 0: the server takes a free port as it binds (a port found free beforehand could be taken meanwhile).
        using var process = CliProcess.Start(["run", "--urls", "http://127.0.0.1:0", "--config", cli.ConfigDirectory, "--data", cli.DataDirectory], out _);
        try
        {
            // Wait for the host to say where it listens instead of sleeping.
            using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            string? line;
            do
            {
                line = await process.StandardError.ReadLineAsync(guard.Token);
            }
            while (line is not null && !line.Contains("Now listening on", StringComparison.Ordinal));
            Assert.NotNull(line);
            var port = new Uri(line[line.IndexOf("http://", StringComparison.Ordinal)..].Trim()).Port;

            using var services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
            var http = services.GetRequiredService<IHttpClientFactory>().CreateClient();
            using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/healthz"), guard.Token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync(guard.Token));
            Assert.Equal("ok", health.RootElement.GetProperty("status").GetString());
            var channels = health.RootElement.GetProperty("channels").EnumerateArray().ToDictionary(c => c.GetProperty("platform").GetString()!, c => c);
            Assert.True(channels["console"].GetProperty("enabled").GetBoolean());
            Assert.False(channels["slack"].GetProperty("enabled").GetBoolean());
            Assert.Contains("SLACK_BOT_TOKEN", channels["slack"].GetProperty("detail").GetString(), StringComparison.Ordinal);

            // A forged Slack command changes nothing and gets a refusal, not a crash.
            using var forged = new HttpRequestMessage(HttpMethod.Post, new Uri($"http://127.0.0.1:{port}/slack/commands"))
            {
                Content = new StringContent("command=%2Fdeploymentwatch&text=unsubscribe", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"),
            };
            using var refused = await http.SendAsync(forged, guard.Token);
            Assert.True(refused.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.ServiceUnavailable);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }
}
