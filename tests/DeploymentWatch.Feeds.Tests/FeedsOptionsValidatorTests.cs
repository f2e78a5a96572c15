namespace DeploymentWatch.Feeds.Tests;

public class FeedsOptionsValidatorTests
{
    private readonly FeedsOptionsValidator validator = new();

    [Fact]
    public void Validate_Defaults_Succeed()
    {
        Assert.True(validator.Validate(null, new FeedsOptions()).Succeeded);
    }

    [Theory]
    [InlineData("timeout-zero", "Feeds:Timeout")]
    [InlineData("timeout-hour", "Feeds:Timeout")]
    [InlineData("bytes-zero", "Feeds:MaxBytes")]
    [InlineData("redirects-negative", "Feeds:MaxRedirects")]
    [InlineData("agent-empty", "Feeds:UserAgent")]
    [InlineData("agent-garbage", "Feeds:UserAgent")]
    public void Validate_Nonsense_FailsNamingTheSetting(string case_, string setting)
    {
        var options = case_ switch
        {
            "timeout-zero" => new FeedsOptions { Timeout = TimeSpan.Zero },
            "timeout-hour" => new FeedsOptions { Timeout = TimeSpan.FromHours(1) },
            "bytes-zero" => new FeedsOptions { MaxBytes = 0 },
            "redirects-negative" => new FeedsOptions { MaxRedirects = -1 },
            "agent-empty" => new FeedsOptions { UserAgent = " " },
            _ => new FeedsOptions { UserAgent = "bad agent (" },
        };

        var result = validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.StartsWith(setting, Assert.Single(result.Failures!), StringComparison.Ordinal);
    }
}
