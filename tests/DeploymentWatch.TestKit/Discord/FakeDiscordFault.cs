namespace DeploymentWatch.TestKit.Discord;

/// <summary>A scripted misbehaviour for the next matching request(s) of the fake.</summary>
public sealed record FakeDiscordFault(int Status, string? Body = null, double? RetryAfterSeconds = null, bool Global = false, string? Scope = null)
{
    /// <summary>Store the message, then answer <see cref="Status"/> anyway (a lost response: the client must not post twice).</summary>
    public bool AcceptFirst { get; init; }

    /// <summary>Drop the connection without an answer (after storing, when <see cref="AcceptFirst"/>).</summary>
    public bool Abort { get; init; }

    /// <summary>Never answer until the client gives up (a timeout).</summary>
    public bool Hang { get; init; }

    public static FakeDiscordFault RateLimited(double retryAfterSeconds, bool global = false, string scope = "user") =>
        new(429, $$"""{"message":"You are being rate limited.","retry_after":{{retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}},"global":{{(global ? "true" : "false")}}}""",
            retryAfterSeconds, global, global ? "global" : scope);

    public static FakeDiscordFault ServerError(int status = 500) => new(status, """{"message":"Internal Server Error","code":0}""");

    public static FakeDiscordFault Error(int status, int code, string message) => new(status, $$"""{"message":"{{message}}","code":{{code}}}""");

    public static FakeDiscordFault AcceptedThenServerError() => ServerError(502) with { AcceptFirst = true };

    public static FakeDiscordFault AcceptedThenDropped() => new(0) { AcceptFirst = true, Abort = true };

    public static FakeDiscordFault NoAnswer() => new(0) { Hang = true };
}
