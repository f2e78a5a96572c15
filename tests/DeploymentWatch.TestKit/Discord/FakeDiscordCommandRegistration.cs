using System.Text.Json;

namespace DeploymentWatch.TestKit.Discord;

/// <summary>A bulk overwrite of commands the fake accepted; <see cref="GuildId"/> is null for the global route.</summary>
public sealed record FakeDiscordCommandRegistration(string ApplicationId, string? GuildId, JsonElement Commands, string RawJson);
