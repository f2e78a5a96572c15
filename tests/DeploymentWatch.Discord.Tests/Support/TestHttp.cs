using Microsoft.Extensions.DependencyInjection;

namespace DeploymentWatch.Discord.Tests.Support;

/// <summary>HttpClients for tests, from IHttpClientFactory like everywhere else (new HttpClient is banned).</summary>
internal static class TestHttp
{
    private static readonly IHttpClientFactory Factory = new ServiceCollection().AddHttpClient().BuildServiceProvider().GetRequiredService<IHttpClientFactory>();

    public static HttpClient CreateClient() => Factory.CreateClient();
}
