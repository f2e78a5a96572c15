using DeploymentWatch.Slack.Tests.Fakes;
using DeploymentWatch.TestKit.Slack;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Slack.Tests;

public class SlackOptionsTests
{
    [Fact]
    public void ToString_WithSecrets_ShowsNoneOfThem()
    {
        var options = new SlackOptions
        {
            BotToken = "xoxb-123-456-SECRETBOT",
            SigningSecret = "SECRETSIGNING",
            AppToken = "xapp-1-A1-2-SECRETAPP",
            AdminUserIds = "U0ADMIN",
        };

        var text = options.ToString();

        Assert.DoesNotContain("SECRET", text, StringComparison.Ordinal);
        Assert.DoesNotContain("xoxb", text, StringComparison.Ordinal);
        Assert.DoesNotContain("xapp", text, StringComparison.Ordinal);
        Assert.Contains("BotToken = (set)", text, StringComparison.Ordinal);
        Assert.Contains("U0ADMIN", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_EnvironmentKeys_FillEveryOption()
    {
        var settings = new Dictionary<string, string?>
        {
            ["SLACK_BOT_TOKEN"] = FakeSlackApi.BotToken,
            ["SLACK_SIGNING_SECRET"] = "s3cr3t",
            ["SLACK_APP_TOKEN"] = FakeSlackApi.AppToken,
            ["SLACK_API_BASE_URL"] = "http://127.0.0.1:9/api",
            ["SLACK_ADMIN_USER_IDS"] = "U0A, W0B",
        };
        using var services = SlackTestServices.Build(settings, TimeProvider.System);

        var options = services.GetRequiredService<IOptions<SlackOptions>>().Value;

        Assert.Equal(FakeSlackApi.BotToken, options.BotToken);
        Assert.Equal("s3cr3t", options.SigningSecret);
        Assert.Equal(FakeSlackApi.AppToken, options.AppToken);
        Assert.Equal(new Uri("http://127.0.0.1:9/api/chat.postMessage"), options.MethodUri("chat.postMessage"));
        Assert.Equal(new HashSet<string> { "U0A", "W0B" }, options.AdminUserIdSet);
    }

    [Fact]
    public void Bind_NoBaseUrl_UsesSlackCom()
    {
        using var services = SlackTestServices.Build(new Dictionary<string, string?> { ["SLACK_BOT_TOKEN"] = FakeSlackApi.BotToken }, TimeProvider.System);

        Assert.Equal(new Uri("https://slack.com/api/chat.postMessage"), services.GetRequiredService<IOptions<SlackOptions>>().Value.MethodUri("chat.postMessage"));
    }

    [Theory]
    [InlineData("SLACK_BOT_TOKEN", "xoxp-user-token-by-mistake")]
    [InlineData("SLACK_BOT_TOKEN", "xoxb-")]
    [InlineData("SLACK_APP_TOKEN", "xoxb-not-an-app-token")]
    [InlineData("SLACK_API_BASE_URL", "slack.com/api")]
    [InlineData("SLACK_ADMIN_USER_IDS", "U0OK,alice")]
    public void Validate_BadValue_StopsWithMessageNamingTheKey(string key, string value)
    {
        var settings = new Dictionary<string, string?> { ["SLACK_BOT_TOKEN"] = FakeSlackApi.BotToken, [key] = value };
        using var services = SlackTestServices.Build(settings, TimeProvider.System);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SlackOptions>>().Value);

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
        if (key.EndsWith("TOKEN", StringComparison.Ordinal) && value.Length > "xoxb-".Length)
        {
            Assert.DoesNotContain(value, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Validate_AppTokenWithoutBotToken_Fails()
    {
        using var services = SlackTestServices.Build(new Dictionary<string, string?> { ["SLACK_APP_TOKEN"] = FakeSlackApi.AppToken }, TimeProvider.System);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SlackOptions>>().Value);

        Assert.Contains("SLACK_BOT_TOKEN", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NothingSet_IsValidAndOff()
    {
        using var services = SlackTestServices.Build(new Dictionary<string, string?>(), TimeProvider.System);

        var options = services.GetRequiredService<IOptions<SlackOptions>>().Value;

        Assert.False(options.HasBotToken);
    }
}
