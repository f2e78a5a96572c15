namespace DeploymentWatch.Web;

/// <summary>
/// The web pages' settings (Web__…). The pages are read-only and the service listens on loopback unless told
/// otherwise; set <see cref="AccessToken"/> before exposing them, and every page and /metrics answer 401 without it.
/// </summary>
public sealed class WebOptions
{
    public const string SectionName = "Web";

    /// <summary>Long enough that guessing it over HTTP is hopeless.</summary>
    public const int MinimumTokenLength = 16;

    /// <summary>Secret: from the environment (Web__AccessToken), never logged.</summary>
    public string? AccessToken { get; set; }

    public override string ToString() => $"WebOptions {{ AccessToken = {(string.IsNullOrEmpty(AccessToken) ? "not set" : "set")} }}";
}
