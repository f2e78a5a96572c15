using Microsoft.Extensions.Options;

namespace DeploymentWatch.Application.Stories;

/// <summary>
/// Refuses story settings outside their ranges, so start-up stops with the reason. Plain checks rather than
/// attributes read by reflection, so the native `scan` validates the section exactly as the service does.
/// </summary>
public sealed class StoryOptionsValidator : IValidateOptions<StoryOptions>
{
    public ValidateOptionsResult Validate(string? name, StoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.Window < TimeSpan.FromMinutes(10) || options.Window > TimeSpan.FromDays(14))
        {
            failures.Add("Stories:Window must be between 10 minutes and 14 days.");
        }

        if (options.LookBack < TimeSpan.FromMinutes(10) || options.LookBack > TimeSpan.FromDays(30))
        {
            failures.Add("Stories:LookBack must be between 10 minutes and 30 days.");
        }

        // Written so that NaN fails too.
        if (!(options.NearDuplicate is >= 0.05 and <= 1.0))
        {
            failures.Add("Stories:NearDuplicate must be between 0.05 and 1.");
        }

        if (!(options.MinEvidence is >= 0.0 and <= 1.0))
        {
            failures.Add("Stories:MinEvidence must be between 0 and 1.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
