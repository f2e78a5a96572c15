using Microsoft.Extensions.DependencyInjection;

namespace DeploymentWatch.TestKit.Slack;

/// <summary>HttpClients for tests through IHttpClientFactory, as the banned-API rule asks of everyone.</summary>
public static class SlackTestHttp
{
    private static readonly Lazy<IHttpClientFactory> Factory = new(() =>
        new ServiceCollection().AddHttpClient().BuildServiceProvider().GetRequiredService<IHttpClientFactory>());

    public static HttpClient CreateClient() => Factory.Value.CreateClient();
}
