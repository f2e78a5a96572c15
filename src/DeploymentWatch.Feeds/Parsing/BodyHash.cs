using System.Security.Cryptography;

namespace DeploymentWatch.Feeds.Parsing;

/// <summary>SHA-256 of a body, so an unchanged feed is recognised without parsing it (the parser allocates ~10× the body).</summary>
internal static class BodyHash
{
    public static string Compute(ReadOnlySpan<byte> body) => Convert.ToHexStringLower(SHA256.HashData(body));

    public static bool AreEqual(string? stored, string computed) =>
        stored is not null && string.Equals(stored, computed, StringComparison.OrdinalIgnoreCase);
}
