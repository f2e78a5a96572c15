namespace DeploymentWatch.Slack.Alerts;

/// <summary>Slack's documented message limits (docs.slack.dev Block Kit reference and chat.postMessage).</summary>
internal static class SlackBlockLimits
{
    public const int MaxBlocks = 50;
    public const int HeaderText = 150;
    public const int SectionText = 3000;
    public const int SectionFields = 10;
    public const int FieldText = 2000;
    public const int ContextText = 2000;
    public const int FallbackText = 4000;

    /// <summary>Slack refuses messages whose blocks add up to much more than this (msg_blocks_too_long) even within the per-block caps.</summary>
    public const int TotalBlockText = 12000;
}
