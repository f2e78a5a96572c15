using System.Net;
using System.Text;
using DeploymentWatch.Discord.Tests.Support;
using DeploymentWatch.TestKit.Discord;

namespace DeploymentWatch.Discord.Tests;

/// <summary>The fake Discord itself refuses what the real one would, so passing tests mean something.</summary>
public class FakeDiscordApiTests
{
    [Theory]
    [InlineData("""{"content":"hi","allowed_mentions":{"parse":[]},"nonce":"n1","enforce_nonce":true,"embeds":[{"title":"x","colour":5}]}""", "colour")]
    [InlineData("""{"content":"hi","nonce":"n1","enforce_nonce":true}""", "allowed_mentions")]
    [InlineData("""{"content":"hi","allowed_mentions":{"parse":["everyone"]},"nonce":"n1","enforce_nonce":true}""", "allowed_mentions")]
    [InlineData("""{"content":"hi","allowed_mentions":{"parse":[]},"nonce":"12345678901234567890123456","enforce_nonce":true}""", "nonce")]
    [InlineData("""{"allowed_mentions":{"parse":[]},"nonce":"n1","enforce_nonce":true,"embeds":[{"fields":[{"name":"a","value":" "}]}]}""", "field")]
    public async Task Post_BodyDiscordWouldRefuse_Is400AndARecordedViolation(string body, string expectedInViolation)
    {
        await using var fake = await FakeDiscordApi.StartAsync();

        using var response = await PostAsync(fake, "channels/700000000000000001/messages", body, "Bot " + fake.Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(fake.Violations, v => v.Contains(expectedInViolation, StringComparison.OrdinalIgnoreCase));
        Assert.Empty(fake.AllMessages);
    }

    [Fact]
    public async Task Post_ContentOver2000Characters_IsRefusedThoughTheSpecSays4000()
    {
        await using var fake = await FakeDiscordApi.StartAsync();
        var body = $$"""{"content":"{{new string('x', 2001)}}","allowed_mentions":{"parse":[]},"nonce":"n1","enforce_nonce":true}""";

        using var response = await PostAsync(fake, "channels/700000000000000001/messages", body, "Bot " + fake.Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(fake.Violations, v => v.Contains("max 2000", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_WrongTokenOrUnknownRoute_IsRefused()
    {
        await using var fake = await FakeDiscordApi.StartAsync();
        const string body = """{"content":"hi","allowed_mentions":{"parse":[]},"nonce":"n1","enforce_nonce":true}""";

        using var unauthorized = await PostAsync(fake, "channels/700000000000000001/messages", body, "Bot wrong");
        using var unknown = await PostAsync(fake, "channels/700000000000000001/typing", body, "Bot " + fake.Token);

        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Single(fake.Violations);
    }

    [Fact]
    public async Task Post_SixthRequestInABucketWindow_Is429WithDiscordsHeaders()
    {
        await using var fake = await FakeDiscordApi.StartAsync(new FakeDiscordLimits(5, TimeSpan.FromMinutes(1)));
        HttpResponseMessage? last = null;
        for (var i = 0; i < 6; i++)
        {
            last?.Dispose();
            last = await PostAsync(fake, "channels/700000000000000001/messages", $$"""{"content":"hi","allowed_mentions":{"parse":[]},"nonce":"n{{i}}","enforce_nonce":true}""", "Bot " + fake.Token);
        }

        using var limited = last!;
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("0", limited.Headers.GetValues("X-RateLimit-Remaining").Single());
        Assert.Equal("user", limited.Headers.GetValues("X-RateLimit-Scope").Single());
        Assert.Contains("retry_after", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(5, fake.AllMessages.Count);
    }

    private static async Task<HttpResponseMessage> PostAsync(FakeDiscordApi fake, string path, string body, string authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(fake.BaseAddress, path)) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        request.Headers.TryAddWithoutValidation("User-Agent", "DiscordBot (https://example.org, 1.0)");
        using var http = TestHttp.CreateClient();
        return await http.SendAsync(request);
    }
}
