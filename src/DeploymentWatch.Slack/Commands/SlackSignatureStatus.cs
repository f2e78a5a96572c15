namespace DeploymentWatch.Slack.Commands;

/// <summary>Why a request was or was not accepted as coming from Slack (logged; the caller only ever sees 401/503).</summary>
internal enum SlackSignatureStatus
{
    Valid,
    NoSigningSecret,
    MissingHeaders,
    MalformedTimestamp,
    Stale,
    Mismatch,
}
