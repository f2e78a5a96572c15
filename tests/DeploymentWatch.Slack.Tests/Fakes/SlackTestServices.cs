using DeploymentWatch.Application.Commands;
using DeploymentWatch.Slack.Commands;
using DeploymentWatch.TestKit.Slack;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DeploymentWatch.Slack.Tests.Fakes;

/// <summary>The Slack adapter wired as the host wires it (AddSlack), pointed at a fake Slack, with a fake clock.</summary>
public static class SlackTestServices
{
    public const string SigningSecret = "8f742231b10e8888abcd99yyyzzz85a5";

    public static Dictionary<string, string?> Settings(FakeSlackApi? api) => new()
    {
        ["SLACK_BOT_TOKEN"] = FakeSlackApi.BotToken,
        ["SLACK_SIGNING_SECRET"] = SigningSecret,
        ["SLACK_API_BASE_URL"] = api?.BaseUrl.AbsoluteUri,
    };

    public static void Register(IServiceCollection services, IDictionary<string, string?> settings, TimeProvider time, ICommandService commands)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        services.AddLogging();
        services.AddSingleton(time);
        // Scoped like a host's use case would be, to prove commands run in their own scope.
        services.AddScoped(_ => commands);
        services.AddSlack(configuration);
    }

    public static ServiceProvider Build(IDictionary<string, string?> settings, TimeProvider time, ICommandService? commands = null)
    {
        var services = new ServiceCollection();
        Register(services, settings, time, commands ?? new RecordingCommandService());
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>Signs a body as Slack would, at the given time.</summary>
    public static (string Timestamp, string Signature) Sign(string body, DateTimeOffset at, string secret = SigningSecret)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        return (timestamp, SlackSignatureVerifier.Sign(secret, timestamp, System.Text.Encoding.UTF8.GetBytes(body)));
    }
}
