using System.Text.Encodings.Web;
using System.Text.Json;

namespace DeploymentWatch.Slack.Api;

/// <summary>
/// How bodies for Slack are written: the relaxed encoder keeps "&amp;lt;" and "…" readable instead of \u0026lt;
/// and \u2026 (same meaning to Slack, shorter, and snapshots stay reviewable). Never embedded in HTML.
/// </summary>
internal static class SlackJson
{
    public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
