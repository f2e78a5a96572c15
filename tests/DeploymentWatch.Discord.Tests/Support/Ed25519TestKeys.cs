using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;

namespace DeploymentWatch.Discord.Tests.Support;

/// <summary>Signs like Discord does: Ed25519 over timestamp ‖ body, hex-encoded.</summary>
internal sealed class Ed25519TestKeys
{
    public const string Rfc8032Test1Seed = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
    private readonly Ed25519PrivateKeyParameters _privateKey;

    private Ed25519TestKeys(Ed25519PrivateKeyParameters privateKey) => _privateKey = privateKey;

    public static Ed25519TestKeys Rfc8032Test1 { get; } = new(new Ed25519PrivateKeyParameters(Convert.FromHexString(Rfc8032Test1Seed)));

    public string PublicKeyHex => Convert.ToHexStringLower(_privateKey.GeneratePublicKey().GetEncoded());

    public static Ed25519TestKeys Generate() => new(new Ed25519PrivateKeyParameters(new SecureRandom()));

    public string Sign(string timestamp, byte[] body)
    {
        var signer = new Ed25519Signer();
        signer.Init(true, _privateKey);
        var message = System.Text.Encoding.ASCII.GetBytes(timestamp).Concat(body).ToArray();
        signer.BlockUpdate(message, 0, message.Length);
        return Convert.ToHexStringLower(signer.GenerateSignature());
    }
}
