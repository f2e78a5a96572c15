using System.Globalization;
using System.Text;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;

namespace DeploymentWatch.Tests.EndToEnd;

/// <summary>
/// Signs an interaction the way Discord documents it: Ed25519 over the X-Signature-Timestamp value followed by the
/// raw body, hex-encoded into X-Signature-Ed25519. A fresh key pair per instance; its public half is what the service
/// is configured with (DISCORD_PUBLIC_KEY). Written here from the documentation rather than borrowed from the adapter.
/// </summary>
internal sealed class DiscordInteractionSigner
{
    private readonly Ed25519PrivateKeyParameters privateKey;

    private DiscordInteractionSigner(Ed25519PrivateKeyParameters privateKey) => this.privateKey = privateKey;

    /// <summary>64 hex characters, as the Developer Portal shows the application's public key.</summary>
    public string PublicKeyHex => Convert.ToHexStringLower(privateKey.GeneratePublicKey().GetEncoded());

    public static DiscordInteractionSigner Generate() => new(new Ed25519PrivateKeyParameters(new SecureRandom()));

    /// <summary>The timestamp header (Unix seconds of <paramref name="at"/>) and the signature of timestamp ‖ body.</summary>
    public (string Timestamp, string Signature) Sign(string body, DateTimeOffset at)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var message = Encoding.UTF8.GetBytes(timestamp + body);
        var signer = new Ed25519Signer();
        signer.Init(forSigning: true, privateKey);
        signer.BlockUpdate(message, 0, message.Length);
        return (timestamp, Convert.ToHexStringLower(signer.GenerateSignature()));
    }
}
