using System.Numerics;
using System.Text;
using DeploymentWatch.Discord.Interactions;
using DeploymentWatch.Discord.Tests.Support;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DeploymentWatch.Discord.Tests.Interactions;

public class DiscordSignatureVerifierTests
{
    // PLATFORMS.md §1.7: RFC 8032 §7.1 vectors and the Discord-shaped vector derived from TEST 1's key.
    private const string Test1PublicKey = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
    private const string Test1Signature = "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b";
    private const string Test2PublicKey = "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c";
    private const string Test2Signature = "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00";
    private const string DiscordTimestamp = "1700000000";
    private const string DiscordBody = """{"type":1}""";
    private const string DiscordSignature = "1695961a47c91a1ec033b819b7e87e3dbc583dd0cee6d1fd0216f58ac87b6228ae531ddbf91fb7bc28d7edf7f08604da16f54624f38a6bc0614e4dc13cd47f0f";

    private FakeTimeProvider _time = new(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000) + TimeSpan.FromSeconds(3));

    [Theory]
    [InlineData(Test1PublicKey, "", Test1Signature)]
    [InlineData(Test2PublicKey, "72", Test2Signature)]
    public void VerifyEd25519_Rfc8032Vectors_AreValidAndAnyFlippedBitIsNot(string publicKey, string messageHex, string signatureHex)
    {
        var key = Convert.FromHexString(publicKey);
        var message = Convert.FromHexString(messageHex);
        var signature = Convert.FromHexString(signatureHex);

        Assert.True(DiscordSignatureVerifier.VerifyEd25519(signature, key, message));
        foreach (var index in new[] { 0, 31, 32, 63 })
        {
            var flipped = (byte[])signature.Clone();
            flipped[index] ^= 0x01;
            Assert.False(DiscordSignatureVerifier.VerifyEd25519(flipped, key, message));
        }
    }

    [Fact]
    public void Verify_DiscordShapedVector_IsValid()
    {
        Assert.Equal(DiscordSignatureCheck.Valid, Verifier().Verify(DiscordSignature, DiscordTimestamp, Encoding.UTF8.GetBytes(DiscordBody)));
    }

    [Fact]
    public void Verify_GeneratedKeyPair_AcceptsItsOwnSignature()
    {
        var keys = Ed25519TestKeys.Generate();
        var body = Encoding.UTF8.GetBytes("""{"type":2,"id":"1"}""");

        var check = Verifier(keys.PublicKeyHex).Verify(keys.Sign(DiscordTimestamp, body), DiscordTimestamp, body);

        Assert.Equal(DiscordSignatureCheck.Valid, check);
    }

    [Theory]
    [InlineData("signature", nameof(DiscordSignatureCheck.BadSignature))]
    [InlineData("body", nameof(DiscordSignatureCheck.BadSignature))]
    [InlineData("timestamp", nameof(DiscordSignatureCheck.BadSignature))]
    [InlineData("odd-hex", nameof(DiscordSignatureCheck.Malformed))]
    [InlineData("not-hex", nameof(DiscordSignatureCheck.Malformed))]
    [InlineData("short", nameof(DiscordSignatureCheck.Malformed))]
    [InlineData("timestamp-text", nameof(DiscordSignatureCheck.Malformed))]
    [InlineData("no-signature", nameof(DiscordSignatureCheck.Missing))]
    [InlineData("no-timestamp", nameof(DiscordSignatureCheck.Missing))]
    public void Verify_TamperedOrMalformed_IsRefused(string change, string expected)
    {
        var (signature, timestamp, body) = change switch
        {
            "signature" => ("0" + DiscordSignature[1..], DiscordTimestamp, DiscordBody),
            "body" => (DiscordSignature, DiscordTimestamp, """{"type":2}"""),
            "timestamp" => (DiscordSignature, "1700000001", DiscordBody),
            "odd-hex" => (DiscordSignature[1..], DiscordTimestamp, DiscordBody),
            "not-hex" => ("zz" + DiscordSignature[2..], DiscordTimestamp, DiscordBody),
            "short" => (DiscordSignature[..64], DiscordTimestamp, DiscordBody),
            "timestamp-text" => (DiscordSignature, "17e8", DiscordBody),
            "no-signature" => ((string?)null, DiscordTimestamp, DiscordBody),
            _ => (DiscordSignature, (string?)null, DiscordBody),
        };

        Assert.Equal(Enum.Parse<DiscordSignatureCheck>(expected), Verifier().Verify(signature, timestamp, Encoding.UTF8.GetBytes(body)));
    }

    [Fact]
    public void Verify_SameRequestTwice_IsAReplay()
    {
        var verifier = Verifier();
        var body = Encoding.UTF8.GetBytes(DiscordBody);

        Assert.Equal(DiscordSignatureCheck.Valid, verifier.Verify(DiscordSignature, DiscordTimestamp, body));
        Assert.Equal(DiscordSignatureCheck.Replayed, verifier.Verify(DiscordSignature, DiscordTimestamp, body));
    }

    [Theory]
    [InlineData(301)]
    [InlineData(-301)]
    public void Verify_TimestampOutsideFiveMinutes_IsStale(int secondsFromNow)
    {
        _time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000) + TimeSpan.FromSeconds(secondsFromNow));

        Assert.Equal(DiscordSignatureCheck.Stale, Verifier().Verify(DiscordSignature, DiscordTimestamp, Encoding.UTF8.GetBytes(DiscordBody)));
    }

    [Fact]
    public void Verify_NonCanonicalScalarSPlusL_IsRefused()
    {
        // S and S + L verify the same equation; RFC 8032 requires rejecting S ≥ L (signature malleability).
        var signature = Convert.FromHexString(DiscordSignature);
        var l = BigInteger.Pow(2, 252) + BigInteger.Parse("27742317777372353535851937790883648493", System.Globalization.CultureInfo.InvariantCulture);
        var s = new BigInteger(signature.AsSpan(32, 32), isUnsigned: true, isBigEndian: false) + l;
        var malleated = signature[..32].Concat(s.ToByteArray(isUnsigned: true, isBigEndian: false).Concat(new byte[32]).Take(32)).ToArray();

        var check = Verifier().Verify(Convert.ToHexStringLower(malleated), DiscordTimestamp, Encoding.UTF8.GetBytes(DiscordBody));

        Assert.Equal(DiscordSignatureCheck.BadSignature, check);
    }

    [Fact]
    public void Verify_NoPublicKeyConfigured_RefusesEverything()
    {
        var verifier = new DiscordSignatureVerifier(Options.Create(new DiscordOptions()), _time, new DiscordReplayGuard(_time));

        Assert.Equal(DiscordSignatureCheck.NotConfigured, verifier.Verify(DiscordSignature, DiscordTimestamp, Encoding.UTF8.GetBytes(DiscordBody)));
    }

    private DiscordSignatureVerifier Verifier(string publicKey = Test1PublicKey) =>
        new(Options.Create(new DiscordOptions { PublicKey = publicKey }), _time, new DiscordReplayGuard(_time));
}
