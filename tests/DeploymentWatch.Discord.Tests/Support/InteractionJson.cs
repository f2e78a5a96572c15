using System.Text.Json.Nodes;

namespace DeploymentWatch.Discord.Tests.Support;

/// <summary>Interaction payloads shaped like the ones Discord POSTs (docs' example, trimmed).</summary>
internal static class InteractionJson
{
    public const string Guild = "290926798626357999";
    public const string Channel = "645027906669510667";
    public const string User = "53908232506183680";
    public const string Token = "A_UNIQUE_TOKEN";

    public const string Ping = """{"type":1,"id":"786008729715212338","application_id":"1100000000000000001","version":1}""";

    public static string Command(string subcommand, JsonArray? options = null, string permissions = "16", bool inGuild = true)
    {
        var interaction = new JsonObject
        {
            ["type"] = 2,
            ["id"] = "786008729715212338",
            ["application_id"] = DiscordTestServices.ApplicationId,
            ["token"] = Token,
            ["version"] = 1,
            ["channel_id"] = Channel,
            ["locale"] = "en-US",
            ["app_permissions"] = "442368",
            ["data"] = new JsonObject
            {
                ["id"] = "771825006014889984",
                ["name"] = "deploymentwatch",
                ["type"] = 1,
                ["options"] = new JsonArray(new JsonObject { ["type"] = 1, ["name"] = subcommand, ["options"] = options ?? [] }),
            },
        };
        if (inGuild)
        {
            interaction["guild_id"] = Guild;
            interaction["member"] = new JsonObject { ["user"] = new JsonObject { ["id"] = User, ["username"] = "someone" }, ["roles"] = new JsonArray(), ["permissions"] = permissions };
        }
        else
        {
            interaction["user"] = new JsonObject { ["id"] = User };
        }

        return interaction.ToJsonString();
    }

    public static JsonObject Option(string name, JsonNode value, int type = 3) => new() { ["name"] = name, ["type"] = type, ["value"] = value };
}
