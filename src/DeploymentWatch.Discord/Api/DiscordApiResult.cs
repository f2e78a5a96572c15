namespace DeploymentWatch.Discord.Api;

/// <summary>The result of a call: a value, or a failure with Discord's error code and message. Never an exception.</summary>
internal sealed record DiscordApiResult<T>(T? Value, DiscordFailure Failure, int? HttpStatus, int? ErrorCode, string? Message, TimeSpan? RetryAfter)
{
    public bool IsSuccess => Failure == DiscordFailure.None;

    public static DiscordApiResult<T> Ok(T value) => new(value, DiscordFailure.None, null, null, null, null);

    public static DiscordApiResult<T> Fail(DiscordFailure failure, string message, int? status = null, int? code = null, TimeSpan? retryAfter = null) =>
        new(default, failure, status, code, message, retryAfter);

    public DiscordApiResult<TOther> As<TOther>() => new(default, Failure, HttpStatus, ErrorCode, Message, RetryAfter);

    /// <summary>"discord 403 (50013): Missing Permissions".</summary>
    public string Describe() =>
        $"discord {(HttpStatus is { } s ? s.ToString(System.Globalization.CultureInfo.InvariantCulture) : Failure.ToString())}"
        + (ErrorCode is { } c ? $" ({c})" : "") + (Message is { Length: > 0 } m ? ": " + m : "");
}
