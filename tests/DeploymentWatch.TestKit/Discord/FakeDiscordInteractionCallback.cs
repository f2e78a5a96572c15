using System.Text.Json;

namespace DeploymentWatch.TestKit.Discord;

/// <summary>A POST /interactions/{interaction_id}/{token}/callback the fake accepted: the first answer to an interaction.</summary>
public sealed record FakeDiscordInteractionCallback(string InteractionId, string Token, int Type, JsonElement Payload);
