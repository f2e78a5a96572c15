using Microsoft.Extensions.Options;

namespace DeploymentWatch.Web;

internal sealed class WebOptionsValidator : IValidateOptions<WebOptions>
{
    public ValidateOptionsResult Validate(string? name, WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var token = options.AccessToken;
        if (token is null || token.Length == 0)
        {
            return ValidateOptionsResult.Success;
        }

        if (token.Length < WebOptions.MinimumTokenLength || token.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return ValidateOptionsResult.Fail(
                $"Web__AccessToken must be at least {WebOptions.MinimumTokenLength} characters without spaces (e.g. `openssl rand -hex 24`).");
        }

        return ValidateOptionsResult.Success;
    }
}
