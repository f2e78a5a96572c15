using System.Text.Json.Nodes;

namespace DeploymentWatch.TestKit.Discord;

/// <summary>The dispatches the fake Gateway sends, shaped like Discord's (only what a client needs, every list present).</summary>
internal static class FakeDiscordGatewayPayloads
{
    public static JsonObject Hello(int heartbeatIntervalMs) => new() { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = heartbeatIntervalMs } };

    public static JsonObject HeartbeatAck() => new() { ["op"] = 11, ["d"] = null };

    public static JsonObject Reconnect() => new() { ["op"] = 7, ["d"] = null };

    public static JsonObject InvalidSession(bool resumable) => new() { ["op"] = 9, ["d"] = resumable };

    public static JsonObject Dispatch(string type, int sequence, JsonNode data) => new() { ["op"] = 0, ["t"] = type, ["s"] = sequence, ["d"] = data };

    public static JsonObject Ready(string applicationId, string sessionId, Uri resumeUrl, FakeDiscordGatewayGuild guild) => new()
    {
        ["v"] = 10,
        ["user"] = new JsonObject { ["id"] = applicationId, ["username"] = "DeploymentWatch", ["discriminator"] = "0", ["avatar"] = null, ["bot"] = true },
        ["guilds"] = new JsonArray(new JsonObject { ["id"] = guild.GuildId, ["unavailable"] = true }),
        ["session_id"] = sessionId,
        ["resume_gateway_url"] = resumeUrl.AbsoluteUri,
        ["application"] = new JsonObject { ["id"] = applicationId, ["flags"] = 0 },
        ["private_channels"] = new JsonArray(),
        ["relationships"] = new JsonArray(),
    };

    public static JsonObject GuildCreate(FakeDiscordGatewayGuild guild) => new()
    {
        ["id"] = guild.GuildId,
        ["name"] = "Test Guild",
        ["icon"] = null,
        ["owner_id"] = "1",
        ["afk_timeout"] = 300,
        ["verification_level"] = 0,
        ["default_message_notifications"] = 0,
        ["explicit_content_filter"] = 0,
        ["mfa_level"] = 0,
        ["nsfw_level"] = 0,
        ["premium_tier"] = 0,
        ["system_channel_flags"] = 0,
        ["preferred_locale"] = "en-US",
        ["features"] = new JsonArray(),
        ["emojis"] = new JsonArray(),
        ["stickers"] = new JsonArray(),
        ["roles"] = new JsonArray(
            Role(guild.GuildId, "@everyone", FakeDiscordGatewayGuild.EveryonePermissions, 0),
            Role(guild.ManagerRoleId, "Managers", FakeDiscordGatewayGuild.ManagerPermissions, 1)),
        ["channels"] = new JsonArray(new JsonObject
        {
            ["id"] = guild.ChannelId,
            ["type"] = 0,
            ["guild_id"] = guild.GuildId,
            ["name"] = "alerts",
            ["position"] = 0,
            ["permission_overwrites"] = new JsonArray(),
            ["nsfw"] = false,
        }),
        ["threads"] = new JsonArray(),
        ["members"] = new JsonArray(),
        ["presences"] = new JsonArray(),
        ["voice_states"] = new JsonArray(),
        ["stage_instances"] = new JsonArray(),
        ["guild_scheduled_events"] = new JsonArray(),
        ["member_count"] = 2,
        ["large"] = false,
        ["unavailable"] = false,
        ["joined_at"] = "2024-11-01T12:00:00.000000+00:00",
    };

    private static JsonObject Role(string id, string name, string permissions, int position) => new()
    {
        ["id"] = id,
        ["name"] = name,
        ["permissions"] = permissions,
        ["position"] = position,
        ["color"] = 0,
        ["hoist"] = false,
        ["managed"] = false,
        ["mentionable"] = false,
        ["flags"] = 0,
    };
}
