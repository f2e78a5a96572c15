using DeploymentWatch.Discord.Alerts;
using DeploymentWatch.Discord.Api.Dtos;
using DeploymentWatch.Domain.Commands;
using DeploymentWatch.Domain.Profiles;

namespace DeploymentWatch.Discord.Commands;

/// <summary>
/// Builds the one /deploymentwatch command with a subcommand per <see cref="CommandCatalog"/> entry and typed options.
/// default_member_permissions is left null (everyone sees the command): Discord sets it per command, not per
/// subcommand, and "status", "figures" or "help" must stay open to all. The changing subcommands are refused
/// server-side without Manage Channels (DiscordInteractionMapper) instead.
/// </summary>
internal static class DiscordCommandBuilder
{
    public const string CommandName = "deploymentwatch";
    private const int MaxChoices = 25;
    private const int MaxText = 100;
    private const int GuildContext = 0;
    private const int GuildInstall = 0;

    public static DiscordApplicationCommand Build(ProfileSet profiles) => new()
    {
        Name = CommandName,
        Description = "North Korean troops in Russia: news alerts for this channel",
        Options = CommandCatalog.Commands.Select(c => Subcommand(c, profiles)).ToList(),
        DefaultMemberPermissions = null,
        Contexts = [GuildContext],
        IntegrationTypes = [GuildInstall],
    };

    private static DiscordCommandOption Subcommand(CommandSpec command, ProfileSet profiles) => new()
    {
        Type = DiscordCommandOptionType.SubCommand,
        Name = command.Name.ToLowerInvariant(),
        Description = Text(command.Description),
        Options = command.Arguments.Count == 0
            ? null
            : command.Arguments.Select(a => Option(a, profiles)).OrderByDescending(o => o.Required == true).ToList(),
    };

    private static DiscordCommandOption Option(CommandArgument argument, ProfileSet profiles)
    {
        var option = new DiscordCommandOption
        {
            Type = DiscordCommandOptionType.String,
            Name = argument.Name.ToLowerInvariant(),
            Description = Text(argument.Description),
            Required = argument.Required ? true : null,
        };
        return argument.Kind switch
        {
            CommandArgumentKind.Topic or CommandArgumentKind.Metric or CommandArgumentKind.Source => option with { Autocomplete = true, MaxLength = MaxText },
            CommandArgumentKind.Topics => option with { Description = Text(argument.Description + " (space-separated: " + string.Join(' ', profiles.Topics.Select(t => t.Id)) + ")"), MaxLength = 500 },
            CommandArgumentKind.Mode => option with { Choices = Choices(["realtime", "daily"]) },
            CommandArgumentKind.CommandName => option with { Choices = Choices(CommandCatalog.Commands.Select(c => c.Name)) },
            CommandArgumentKind.Hour => option with { Type = DiscordCommandOptionType.Integer, MinValue = 0, MaxValue = 23 },
            CommandArgumentKind.Flag => option with { Type = DiscordCommandOptionType.Boolean },
            _ => option with { MaxLength = MaxText },
        };
    }

    // Choices are "the only valid values"; past 25 (or with an id Discord cannot hold) the option stays free text.
    private static List<DiscordCommandChoice>? Choices(IEnumerable<string> values)
    {
        var choices = values.Distinct(StringComparer.OrdinalIgnoreCase).Where(v => v.Length is > 0 and <= MaxText).Select(v => new DiscordCommandChoice(v, v)).ToList();
        return choices.Count is > 0 and <= MaxChoices ? choices : null;
    }

    private static string Text(string text) => DiscordTextTruncator.Fit(text, MaxText) is { Length: > 0 } fitted ? fitted : "-";
}
