using System.Text.Json;
using DeploymentWatch.Discord.Api.Dtos;
using DeploymentWatch.Discord.Commands;
using DeploymentWatch.Discord.Tests.Support;
using DeploymentWatch.Domain.Commands;
using DeploymentWatch.TestKit.Discord;

namespace DeploymentWatch.Discord.Tests.Commands;

public class DiscordCommandBuilderTests
{
    [Fact]
    public void Build_SampleProfiles_MatchesTheCommittedSnapshotAndTheSpec()
    {
        var json = Serialize(DiscordCommandBuilder.Build(TestProfiles.Sample));

        Assert.Empty(DiscordOpenApiSchemas.Validate(DiscordOpenApiSchemas.CommandUpdate, json));
        Snapshot.Matches("deploymentwatch-command", json);
    }

    [Fact]
    public void Build_Catalog_HasOneSubcommandPerCommandAndNoDefaultPermissions()
    {
        var command = DiscordCommandBuilder.Build(TestProfiles.Sample);

        Assert.Equal("deploymentwatch", command.Name);
        Assert.Equal(CommandCatalog.Commands.Select(c => c.Name), command.Options!.Select(o => o.Name));
        Assert.All(command.Options!, o => Assert.Equal(DiscordCommandOptionType.SubCommand, o.Type));
        Assert.Null(command.DefaultMemberPermissions);
        Assert.Contains("\"default_member_permissions\":null", Serialize(command), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TypedOptions_OfferTheRightChoicesAndRanges()
    {
        var command = DiscordCommandBuilder.Build(TestProfiles.Sample);
        DiscordCommandOption Option(string subcommand, string name) => command.Options!.Single(o => o.Name == subcommand).Options!.Single(o => o.Name == name);

        // Topic, metric and source are suggested while typing (autocomplete), which Discord allows only without choices.
        Assert.All(new[] { Option("mute", "topic"), Option("latest", "topic"), Option("figures", "metric"), Option("figures", "source") }, o =>
        {
            Assert.True(o.Autocomplete);
            Assert.Null(o.Choices);
        });
        Assert.Equal(DiscordCommandOptionType.String, Option("mute", "duration").Type);
        Assert.Null(Option("mute", "duration").Autocomplete);
        Assert.Equal(["realtime", "daily"], Option("digest", "mode").Choices!.Select(c => c.Value));
        Assert.Equal((DiscordCommandOptionType.Integer, 0L, 23L), (Option("digest", "hour").Type, Option("digest", "hour").MinValue!.Value, Option("digest", "hour").MaxValue!.Value));
        Assert.Equal(DiscordCommandOptionType.Boolean, Option("figures", "chart").Type);
        Assert.True(Option("mute", "topic").Required);
    }

    [Fact]
    public void Build_ManyTopics_StaysWithinTheSpec()
    {
        var command = DiscordCommandBuilder.Build(TestProfiles.WithTopics(30));

        Assert.True(command.Options!.Single(o => o.Name == "mute").Options!.Single(o => o.Name == "topic").Autocomplete);
        Assert.Empty(DiscordOpenApiSchemas.Validate(DiscordOpenApiSchemas.CommandUpdate, Serialize(command)));
    }

    private static string Serialize(DiscordApplicationCommand command) =>
        JsonSerializer.Serialize<IReadOnlyList<DiscordApplicationCommand>>([command], DiscordJsonContext.Default.IReadOnlyListDiscordApplicationCommand)[1..^1];
}
