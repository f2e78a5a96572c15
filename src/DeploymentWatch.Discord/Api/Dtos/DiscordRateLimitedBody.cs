namespace DeploymentWatch.Discord.Api.Dtos;

/// <summary>A 429 body: retry_after is in seconds (float); global says the whole bot is limited.</summary>
internal sealed record DiscordRateLimitedBody(string? Message, double? RetryAfter, bool? Global, int? Code);
