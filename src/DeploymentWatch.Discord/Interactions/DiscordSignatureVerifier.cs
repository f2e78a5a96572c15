using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using Org.BouncyCastle.Math.EC.Rfc8032;

namespace DeploymentWatch.Discord.Interactions;

/// <summary>
/// Checks that an interaction request comes from Discord: Ed25519 over timestamp ‖ raw body with the application's
/// public key (BouncyCastle's RFC 8032 verify, which also rejects a non-canonical S ≥ L), a timestamp within the
/// window, and no replay. Malformed input of any kind is a plain failure, never an exception.
/// </summary>
internal sealed class DiscordSignatureVerifier(IOptions<DiscordOptions> options, TimeProvider timeProvider, DiscordReplayGuard replays)
{
    private const int SignatureBytes = 64;
    private const int PublicKeyBytes = 32;
    private readonly byte[]? _publicKey = ParseHex(options.Value.PublicKey, PublicKeyBytes);

    public DiscordSignatureCheck Verify(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (_publicKey is null)
        {
            return DiscordSignatureCheck.NotConfigured;
        }

        if (string.IsNullOrEmpty(signatureHex) || string.IsNullOrEmpty(timestamp))
        {
            return DiscordSignatureCheck.Missing;
        }

        var signature = ParseHex(signatureHex, SignatureBytes);
        if (signature is null || timestamp.Length > 12 || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return DiscordSignatureCheck.Malformed;
        }

        var window = options.Value.SignatureWindow;
        var age = timeProvider.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (age > window || age < -window)
        {
            return DiscordSignatureCheck.Stale;
        }

        var message = new byte[timestamp.Length + body.Length];
        Encoding.ASCII.GetBytes(timestamp, message);
        body.CopyTo(message.AsSpan(timestamp.Length));
        if (!VerifyEd25519(signature, _publicKey, message))
        {
            return DiscordSignatureCheck.BadSignature;
        }

        return replays.TryRecord(signatureHex, window) ? DiscordSignatureCheck.Valid : DiscordSignatureCheck.Replayed;
    }

    internal static bool VerifyEd25519(byte[] signature, byte[] publicKey, byte[] message)
    {
        try
        {
            return Ed25519.Verify(signature, 0, publicKey, 0, message, 0, message.Length);
        }
        catch (ArgumentException)
        {
            // A public key that is not a curve point: not a valid signature, whatever the library thinks of it.
            return false;
        }
    }

    /// <summary>Exactly <paramref name="length"/> bytes of hex, or null (odd length, wrong length, non-hex digits).</summary>
    internal static byte[]? ParseHex(string? hex, int length)
    {
        if (hex is null || hex.Length != length * 2 || !hex.All(char.IsAsciiHexDigit))
        {
            return null;
        }

        return Convert.FromHexString(hex);
    }
}
