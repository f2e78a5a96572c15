using System.Text.Json;
using DeploymentWatch.Discord.Interactions;
using DeploymentWatch.Discord.Interactions.Payloads;
using DeploymentWatch.Domain.Commands;

namespace DeploymentWatch.Discord.Tests.Interactions;

public class DiscordCommandLineTests
{
    [Theory]
    [InlineData("mute", """[{"name":"duration","type":3,"value":"6h"},{"name":"topic","type":3,"value":"casualties"}]""", "mute casualties 6h")]
    [InlineData("figures", """[{"name":"metric","type":3,"value":"killed"},{"name":"source","type":3,"value":"NIS"},{"name":"chart","type":5,"value":true}]""", "figures killed NIS --chart")]
    [InlineData("figures", """[{"name":"metric","type":3,"value":"killed"},{"name":"chart","type":5,"value":false}]""", "figures killed")]
    [InlineData("subscribe", """[{"name":"topics","type":3,"value":"  casualties   icbm-satellite "}]""", "subscribe casualties icbm-satellite")]
    [InlineData("digest", """[{"name":"mode","type":3,"value":"daily"},{"name":"hour","type":4,"value":8}]""", "digest daily 8")]
    [InlineData("status", "[]", "status")]
    [InlineData("unmute", null, "unmute")]
    public void Build_SubcommandOptions_GiveTheSharedCommandLine(string command, string? optionsJson, string expected)
    {
        var options = optionsJson is null ? null : JsonSerializer.Deserialize<List<DiscordInteractionOption>>(optionsJson, Json);

        Assert.Equal(expected, DiscordCommandLine.Build(CommandCatalog.Find(command)!, options));
    }

    [Fact]
    public void Build_ValueWithLineBreaksAndControlCharacters_StaysOneLine()
    {
        var options = JsonSerializer.Deserialize<List<DiscordInteractionOption>>("""[{"name":"topic","type":3,"value":"casualties\nunsubscribe\u0007"}]""", Json);

        var line = DiscordCommandLine.Build(CommandCatalog.Find("mute")!, options);

        Assert.Equal("mute casualties unsubscribe", line);
    }

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
}
