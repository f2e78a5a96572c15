using System.Text;
using DeploymentWatch.Slack.Commands;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DeploymentWatch.Slack.Tests.Commands;

public class SlackSignatureVerifierTests
{
    // The worked example from docs.slack.dev/authentication/verifying-requests-from-slack (PLATFORMS.md §2.7).
    public const string DocSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    public const string DocTimestamp = "1531420618";
    public const string DocSignature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    public const string DocBody =
        "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar"
        + "&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com"
        + "%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";

    public static readonly DateTimeOffset DocTime = DateTimeOffset.FromUnixTimeSeconds(1531420618);

    [Fact]
    public void Sign_DocumentationExample_MatchesSlacksDigest() =>
        Assert.Equal(DocSignature, SlackSignatureVerifier.Sign(DocSecret, DocTimestamp, Encoding.UTF8.GetBytes(DocBody)));

    [Fact]
    public void Verify_DocumentationExampleAtItsTime_IsValid() =>
        Assert.Equal(SlackSignatureStatus.Valid, Verifier(DocSecret, DocTime.AddSeconds(30)).Verify(DocTimestamp, DocSignature, Encoding.UTF8.GetBytes(DocBody)));

    [Fact]
    public void Verify_DocumentationExampleSixMinutesLater_IsStale() =>
        Assert.Equal(SlackSignatureStatus.Stale, Verifier(DocSecret, DocTime.AddMinutes(6)).Verify(DocTimestamp, DocSignature, Encoding.UTF8.GetBytes(DocBody)));

    [Fact]
    public void Verify_TimestampFromTheFuture_IsStale() =>
        Assert.Equal(SlackSignatureStatus.Stale, Verifier(DocSecret, DocTime.AddMinutes(-6)).Verify(DocTimestamp, DocSignature, Encoding.UTF8.GetBytes(DocBody)));

    [Fact]
    public void Verify_OneByteChangedInBody_IsMismatch() =>
        Assert.Equal(SlackSignatureStatus.Mismatch, Verifier(DocSecret, DocTime).Verify(DocTimestamp, DocSignature, Encoding.UTF8.GetBytes(DocBody.Replace("text=", "text=x", StringComparison.Ordinal))));

    [Fact]
    public void Verify_UppercaseHexSignature_IsMismatch() =>
        Assert.Equal(SlackSignatureStatus.Mismatch, Verifier(DocSecret, DocTime).Verify(DocTimestamp, DocSignature.ToUpperInvariant(), Encoding.UTF8.GetBytes(DocBody)));

    [Fact]
    public void Verify_OtherSecret_IsMismatch() =>
        Assert.Equal(SlackSignatureStatus.Mismatch, Verifier("another-secret", DocTime).Verify(DocTimestamp, DocSignature, Encoding.UTF8.GetBytes(DocBody)));

    [Theory]
    [InlineData(null, DocSignature)]
    [InlineData(DocTimestamp, null)]
    [InlineData("", "")]
    public void Verify_MissingHeader_IsRefused(string? timestamp, string? signature) =>
        Assert.Equal(SlackSignatureStatus.MissingHeaders, Verifier(DocSecret, DocTime).Verify(timestamp, signature, Encoding.UTF8.GetBytes(DocBody)));

    [Theory]
    [InlineData("-1531420618")]
    [InlineData("15314206.18")]
    [InlineData("99999999999999999999999")]
    public void Verify_MalformedTimestamp_IsRefused(string timestamp) =>
        Assert.Equal(SlackSignatureStatus.MalformedTimestamp, Verifier(DocSecret, DocTime).Verify(timestamp, DocSignature, Encoding.UTF8.GetBytes(DocBody)));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Verify_NoSigningSecret_NeverPasses(string? secret) =>
        Assert.Equal(SlackSignatureStatus.NoSigningSecret, Verifier(secret, DocTime).Verify(DocTimestamp, DocSignature, Encoding.UTF8.GetBytes(DocBody)));

    private static SlackSignatureVerifier Verifier(string? secret, DateTimeOffset now) =>
        new(Options.Create(new SlackOptions { SigningSecret = secret }), new FakeTimeProvider(now));
}
