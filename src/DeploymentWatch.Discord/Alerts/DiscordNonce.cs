using System.Security.Cryptography;
using System.Text;

namespace DeploymentWatch.Discord.Alerts;

/// <summary>
/// The nonce for a delivery: the first 25 hex digits of SHA-256(idempotency key). Stable across every retry of an
/// outbox entry, so with enforce_nonce Discord returns the first message instead of posting a second; 100 bits
/// make a collision between different alerts negligible.
/// </summary>
internal static class DiscordNonce
{
    public static string From(string idempotencyKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey)))[..DiscordLimits.Nonce];
}
