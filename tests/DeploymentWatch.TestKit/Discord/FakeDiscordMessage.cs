using System.Text.Json;

namespace DeploymentWatch.TestKit.Discord;

/// <summary>A message the fake accepted (its latest version after edits), with the uploaded files.</summary>
public sealed record FakeDiscordMessage(string Id, string ChannelId, string? Nonce, JsonElement Payload, IReadOnlyList<FakeDiscordFile> Files)
{
    public JsonElement FirstEmbed => Payload.GetProperty("embeds")[0];
}
