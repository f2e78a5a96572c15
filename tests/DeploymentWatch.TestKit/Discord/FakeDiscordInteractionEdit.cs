using System.Text.Json;

namespace DeploymentWatch.TestKit.Discord;

/// <summary>A PATCH /webhooks/{application_id}/{token}/messages/@original the fake accepted.</summary>
public sealed record FakeDiscordInteractionEdit(string ApplicationId, string Token, JsonElement Payload, IReadOnlyList<FakeDiscordFile> Files);
