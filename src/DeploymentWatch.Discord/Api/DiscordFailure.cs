namespace DeploymentWatch.Discord.Api;

/// <summary>Why a call did not succeed; each maps to one outbox decision (see DiscordDeliveryOutcomes).</summary>
internal enum DiscordFailure
{
    None,

    /// <summary>Still rate limited after the allowed waits; <see cref="DiscordApiResult{T}.RetryAfter"/> says how long.</summary>
    RateLimited,

    /// <summary>5xx, timeouts or network errors on every attempt.</summary>
    Unavailable,

    /// <summary>401: the token is invalid; all traffic has been stopped.</summary>
    Unauthorized,

    /// <summary>403 (50001 Missing Access, 50013 Missing Permissions).</summary>
    Forbidden,

    /// <summary>404 (10003 Unknown Channel, 10008 Unknown Message, 10015 Unknown Webhook).</summary>
    NotFound,

    /// <summary>400 and other 4xx: Discord will never accept this body.</summary>
    Invalid,

    /// <summary>Not sent: a 401 stopped Discord traffic earlier.</summary>
    Stopped,

    /// <summary>Not sent: too many invalid requests in 10 minutes, close to Discord's IP ban.</summary>
    Suspended,
}
