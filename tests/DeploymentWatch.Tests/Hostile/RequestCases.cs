using System.Globalization;
using System.Net;
using DeploymentWatch.Composition;
using DeploymentWatch.Tests.Cli;
using DeploymentWatch.Tests.EndToEnd;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace DeploymentWatch.Tests.Hostile;

/// <summary>
/// A request case (NAME.http: "METHOD PATH", headers, a blank line, the body; "{now}" is the current Unix time) sent
/// to the service with Discord and Slack switched on; the .expect gives the 'status' and what the answer must not
/// hold ('excludes'). Secrets are never in an answer.
/// </summary>
internal static class RequestCases
{
    private const string BotToken = "xoxb-corpus-secret-token";
    private const string DiscordToken = "corpus.discord.secret-token";
    private const string SigningSecret = "c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0";

    public static async Task RunAsync(string input, CaseExpectation expect)
    {
        using var cli = new CliProcess();
        var unused = $"http://127.0.0.1:{TestKit.Feeds.UnusedLoopbackPort.Find()}/";
        var settings = new Dictionary<string, string?>
        {
            ["SLACK_BOT_TOKEN"] = BotToken,
            ["SLACK_SIGNING_SECRET"] = SigningSecret,
            ["SLACK_API_BASE_URL"] = unused,
            ["DISCORD_BOT_TOKEN"] = DiscordToken,
            ["DISCORD_APPLICATION_ID"] = "1000000000000000001",
            ["DISCORD_PUBLIC_KEY"] = DiscordInteractionSigner.Generate().PublicKeyHex,
            ["DISCORD_API_BASE_URL"] = unused,
        };
        await using var app = await ServiceApplication.BuildAsync(
            new HostPaths(cli.ConfigDirectory, cli.DataDirectory), "http://127.0.0.1:0", TextWriter.Null, settings, scheduler: false);
        await app.StartAsync();
        try
        {
            using var services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
            var http = services.GetRequiredService<IHttpClientFactory>().CreateClient();
            using var request = Read(await File.ReadAllTextAsync(input), new Uri(app.Urls.First()));
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();

            Assert.Equal(expect.Number("status"), (int)response.StatusCode);
            foreach (var secret in (string[])[BotToken, DiscordToken, SigningSecret, .. expect.All("excludes")])
            {
                Assert.DoesNotContain(secret, body, StringComparison.Ordinal);
            }

            HostileCorpusTests.AssertNoControlCharacters(body, "the answer");
        }
        finally
        {
            await app.StopAsync();
        }
    }

    private static HttpRequestMessage Read(string text, Uri baseAddress)
    {
        var now = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        text = text.Replace("{now}", now, StringComparison.Ordinal).ReplaceLineEndings("\n");
        var split = text.IndexOf("\n\n", StringComparison.Ordinal);
        var head = (split < 0 ? text : text[..split]).Split('\n');
        var body = split < 0 ? string.Empty : text[(split + 2)..].TrimEnd('\n');
        var start = head[0].Split(' ', 2);
        var request = new HttpRequestMessage(new HttpMethod(start[0]), new Uri(baseAddress, start[1]));
        var headers = head.Skip(1).Select(h => h.Split(':', 2)).Where(h => h.Length == 2).ToArray();
        if (start[0] != "GET")
        {
            var type = headers.FirstOrDefault(h => h[0].Equals("Content-Type", StringComparison.OrdinalIgnoreCase))?[1].Trim();
            request.Content = new StringContent(body, System.Text.Encoding.UTF8);
            request.Content.Headers.Remove("Content-Type");
            if (type is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", type);
            }
        }

        foreach (var header in headers.Where(h => !h[0].Equals("Content-Type", StringComparison.OrdinalIgnoreCase)))
        {
            request.Headers.TryAddWithoutValidation(header[0].Trim(), header[1].Trim());
        }

        request.Version = HttpVersion.Version11;
        return request;
    }
}
