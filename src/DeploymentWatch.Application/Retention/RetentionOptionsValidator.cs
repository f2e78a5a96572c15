using DeploymentWatch.Application.Stories;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Application.Retention;

/// <summary>Refuses horizons shorter than the stories' look-back: a story's later article must still find its first.</summary>
public sealed class RetentionOptionsValidator(IOptions<StoryOptions> stories) : IValidateOptions<RetentionOptions>
{
    public ValidateOptionsResult Validate(string? name, RetentionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var lookBack = stories.Value.LookBack;
        var failures = new List<string>();
        if (options.Alerts < lookBack)
        {
            failures.Add($"Retention:Alerts ({options.Alerts}) must be at least Stories:LookBack ({lookBack}).");
        }

        if (options.DeliveredOutbox < lookBack)
        {
            failures.Add($"Retention:DeliveredOutbox ({options.DeliveredOutbox}) must be at least Stories:LookBack ({lookBack}): edits need the first message's reference.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
