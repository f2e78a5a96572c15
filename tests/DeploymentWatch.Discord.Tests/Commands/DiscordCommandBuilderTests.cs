using System.Text.Json;
using DeploymentWatch.Discord.Api.Dtos;
using DeploymentWatch.Discord.Commands;
using DeploymentWatch.Discord.Tests.Support;
using DeploymentWatch.Domain.Commands;
using DeploymentWatch.Domain.Figures;
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

        Assert.Equal(["casualties", "icbm-satellite", "all"], Option("mute", "topic").Choices!.Select(c => c.Value));
        Assert.Equal(DiscordCommandOptionType.String, Option("mute", "duration").Type);
        Assert.Equal(FigureMetricIds.All.Select(m => m.ToId()), Option("figures", "metric").Choices!.Select(c => c.Value));
        Assert.Equal(["realtime", "daily"], Option("digest", "mode").Choices!.Select(c => c.Value));
        Assert.Equal((DiscordCommandOptionType.Integer, 0L, 23L), (Option("digest", "hour").Type, Option("digest", "hour").MinValue!.Value, Option("digest", "hour").MaxValue!.Value));
        Assert.Equal(DiscordCommandOptionType.Boolean, Option("figures", "chart").Type);
        Assert.True(Option("mute", "topic").Required);
    }

    [Fact]
    public void Build_MoreThan24Topics_FallsBackToFreeTextWithinTheSpec()
    {
        var command = DiscordCommandBuilder.Build(TestProfiles.WithTopics(30));

        Assert.Null(command.Options!.Single(o => o.Name == "mute").Options!.Single(o => o.Name == "topic").Choices);
        Assert.Empty(DiscordOpenApiSchemas.Validate(DiscordOpenApiSchemas.CommandUpdate, Serialize(command)));
    }

    private static string Serialize(DiscordApplicationCommand command) =>
        JsonSerializer.Serialize<IReadOnlyList<DiscordApplicationCommand>>([command], DiscordJsonContext.Default.IReadOnlyListDiscordApplicationCommand)[1..^1];
}
