using DeploymentWatch.Discord.Api;
using DeploymentWatch.Discord.Api.Dtos;

namespace DeploymentWatch.Discord.Alerts;

/// <summary>A document rendered for Discord: one embed, and the chart to upload with it, if any.</summary>
internal sealed record DiscordRenderedMessage(DiscordEmbed Embed, DiscordUpload? Upload)
{
    /// <summary>The attachments list of the payload: the upload as id "0", or empty (an edit then drops an old chart).</summary>
    public IReadOnlyList<DiscordAttachmentRef> Attachments => Upload is null ? [] : [new DiscordAttachmentRef("0", Upload.FileName)];
}
