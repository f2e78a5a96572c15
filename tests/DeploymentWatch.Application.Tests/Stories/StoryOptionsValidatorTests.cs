using DeploymentWatch.Application.Stories;

namespace DeploymentWatch.Application.Tests.Stories;

public class StoryOptionsValidatorTests
{
    private static readonly StoryOptionsValidator Validator = new();

    [Fact]
    public void Validate_Defaults_Succeed() => Assert.True(Validator.Validate(null, new StoryOptions()).Succeeded);

    [Fact]
    public void Validate_EveryRangeEdge_Succeeds()
    {
        var low = new StoryOptions { Window = TimeSpan.FromMinutes(10), LookBack = TimeSpan.FromMinutes(10), NearDuplicate = 0.05, MinEvidence = 0 };
        var high = new StoryOptions { Window = TimeSpan.FromDays(14), LookBack = TimeSpan.FromDays(30), NearDuplicate = 1, MinEvidence = 1 };

        Assert.True(Validator.Validate(null, low).Succeeded);
        Assert.True(Validator.Validate(null, high).Succeeded);
    }

    [Theory]
    [InlineData("Window", "Stories:Window must be between 10 minutes and 14 days.")]
    [InlineData("LookBack", "Stories:LookBack must be between 10 minutes and 30 days.")]
    [InlineData("NearDuplicate", "Stories:NearDuplicate must be between 0.05 and 1.")]
    [InlineData("MinEvidence", "Stories:MinEvidence must be between 0 and 1.")]
    public void Validate_ValueOutsideItsRange_FailsWithTheSettingAndRange(string setting, string expected)
    {
        var below = new StoryOptions();
        var above = new StoryOptions();
        switch (setting)
        {
            case "Window": below.Window = TimeSpan.FromMinutes(9); above.Window = TimeSpan.FromDays(15); break;
            case "LookBack": below.LookBack = TimeSpan.FromMinutes(9); above.LookBack = TimeSpan.FromDays(31); break;
            case "NearDuplicate": below.NearDuplicate = 0.04; above.NearDuplicate = double.NaN; break;
            default: below.MinEvidence = -0.1; above.MinEvidence = 1.1; break;
        }

        Assert.Equal([expected], Validator.Validate(null, below).Failures);
        Assert.Equal([expected], Validator.Validate(null, above).Failures);
    }

    [Fact]
    public void Validate_SeveralBadValues_ReportsEach()
    {
        var options = new StoryOptions { Window = TimeSpan.Zero, MinEvidence = 2 };

        Assert.Equal(2, Validator.Validate(null, options).Failures!.Count());
    }
}
