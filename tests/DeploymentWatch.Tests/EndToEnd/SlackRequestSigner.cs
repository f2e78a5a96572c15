using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DeploymentWatch.Tests.EndToEnd;

/// <summary>
/// Signs a slash-command body the way Slack documents it ("v0=" + hex HMAC-SHA256 of "v0:{timestamp}:{body}"),
/// written here from the documentation rather than borrowed from the adapter, so the test checks the adapter.
/// </summary>
internal static class SlackRequestSigner
{
    public static (string Timestamp, string Signature) Sign(string secret, string body, DateTimeOffset at)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}"));
        return (timestamp, "v0=" + Convert.ToHexStringLower(mac));
    }
}
