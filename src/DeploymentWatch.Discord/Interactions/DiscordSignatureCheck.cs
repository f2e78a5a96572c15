namespace DeploymentWatch.Discord.Interactions;

/// <summary>Why a request was or was not accepted as Discord's; every value but <see cref="Valid"/> is answered 401.</summary>
internal enum DiscordSignatureCheck
{
    Valid,
    NotConfigured,
    Missing,
    Malformed,
    Stale,
    BadSignature,
    Replayed,
}
