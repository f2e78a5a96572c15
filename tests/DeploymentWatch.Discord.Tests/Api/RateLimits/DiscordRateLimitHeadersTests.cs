using DeploymentWatch.Discord.Api.RateLimits;

namespace DeploymentWatch.Discord.Tests.Api.RateLimits;

public class DiscordRateLimitHeadersTests
{
    [Fact]
    public void Parse_DiscordHeaders_ReadsEveryField()
    {
        using var response = new HttpResponseMessage(System.Net.HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation("X-RateLimit-Limit", "5");
        response.Headers.TryAddWithoutValidation("X-RateLimit-Remaining", "0");
        response.Headers.TryAddWithoutValidation("X-RateLimit-Reset-After", "1.337");
        response.Headers.TryAddWithoutValidation("X-RateLimit-Bucket", "abcd1234");
        response.Headers.TryAddWithoutValidation("X-RateLimit-Global", "true");
        response.Headers.TryAddWithoutValidation("X-RateLimit-Scope", "shared");
        response.Headers.TryAddWithoutValidation("Retry-After", "65");

        var headers = DiscordRateLimitHeaders.Parse(response.Headers);

        Assert.Equal(new DiscordRateLimitHeaders(5, 0, TimeSpan.FromSeconds(1.337), "abcd1234", true, "shared", TimeSpan.FromSeconds(65)), headers);
        Assert.True(headers.IsSharedScope);
    }

    [Fact]
    public void Parse_MissingOrGarbledHeaders_AreNull()
    {
        using var response = new HttpResponseMessage(System.Net.HttpStatusCode.OK);
        response.Headers.TryAddWithoutValidation("X-RateLimit-Remaining", "many");
        response.Headers.TryAddWithoutValidation("X-RateLimit-Reset-After", "-3");

        var headers = DiscordRateLimitHeaders.Parse(response.Headers);

        Assert.Equal(DiscordRateLimitHeaders.None, headers);
    }
}
