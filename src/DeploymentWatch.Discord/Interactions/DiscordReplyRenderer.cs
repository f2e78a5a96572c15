using DeploymentWatch.Application.Commands;
using DeploymentWatch.Discord.Alerts;
using DeploymentWatch.Discord.Api.Dtos;
using DeploymentWatch.Discord.Interactions.Payloads;

namespace DeploymentWatch.Discord.Interactions;

/// <summary>A command reply as interaction message data: the same embed as alerts, errors ephemeral (flags 64).</summary>
internal static class DiscordReplyRenderer
{
    public static (DiscordMessagePayload Payload, DiscordRenderedMessage Rendered) Render(CommandReply reply, bool isEdit)
    {
        var rendered = DiscordEmbedRenderer.Render(reply.Message, keepCode: true);
        var payload = new DiscordMessagePayload
        {
            Embeds = [rendered.Embed],
            Attachments = rendered.Upload is null && !isEdit ? null : rendered.Attachments,

            // An edit cannot change whether the deferred reply is ephemeral, so flags go on the first answer only.
            Flags = reply.IsError && !isEdit ? DiscordInteractionResponse.Ephemeral : null,
        };
        return (payload, rendered);
    }

    public static DiscordInteractionResponse Error(string title, string text) =>
        new(DiscordInteractionResponse.ChannelMessage, Render(CommandReply.Error(title, text), isEdit: false).Payload);
}
