using DeploymentWatch.Discord.Api.Dtos;

namespace DeploymentWatch.Discord.Interactions.Payloads;

/// <summary>The HTTP answer to an interaction: 1 PONG, 4 message, 5 deferred ("thinking…", edited later).</summary>
internal sealed record DiscordInteractionResponse(int Type, DiscordMessagePayload? Data = null)
{
    public const int Pong = 1;
    public const int ChannelMessage = 4;
    public const int Deferred = 5;

    /// <summary>Message flag: only the user who ran the command sees the reply.</summary>
    public const int Ephemeral = 64;
}
