using DeploymentWatch.Discord.Api.Dtos;
using DeploymentWatch.Discord.Interactions.Payloads;
using DeploymentWatch.Domain.Commands;
using DeploymentWatch.Domain.Figures;
using DeploymentWatch.Domain.Profiles;

namespace DeploymentWatch.Discord.Interactions;

/// <summary>
/// Suggestions while a user types a topic, metric or source option: the profile's values that start with (or,
/// failing that, contain) what was typed, at most 25 as Discord allows. Other options get none.
/// </summary>
internal sealed class DiscordAutocomplete(ProfileSet profiles)
{
    private const int MaxChoices = 25;
    private const int MaxText = 100;

    /// <summary>Suggestions for the focused option of an autocomplete interaction (type 4).</summary>
    public IReadOnlyList<DiscordCommandChoice> Suggest(DiscordInteraction interaction)
    {
        var subcommand = interaction.Data?.Options?.FirstOrDefault(o => o.Type == DiscordCommandOptionType.SubCommand);
        var focused = subcommand?.Options?.FirstOrDefault(o => o.Focused == true);
        var typed = focused?.Value is { ValueKind: System.Text.Json.JsonValueKind.String } value ? value.GetString() : null;
        return Suggest(subcommand?.Name, focused?.Name, typed);
    }

    public IReadOnlyList<DiscordCommandChoice> Suggest(string? subcommand, string? option, string? typed)
    {
        var argument = subcommand is null ? null : CommandCatalog.Find(subcommand)?.Arguments
            .FirstOrDefault(a => string.Equals(a.Name, option, StringComparison.OrdinalIgnoreCase));
        var values = argument?.Kind switch
        {
            CommandArgumentKind.Topic => profiles.Topics.Select(t => (t.Id, t.Id)).Append(("all", "all")),
            CommandArgumentKind.Metric => FigureMetricIds.All.Select(m => (m.ToId(), m.ToId())),
            CommandArgumentKind.Source => profiles.Sources.Select(s => (s.DisplayName, s.Id)),
            _ => [],
        };
        var text = (typed ?? "").Trim();
        var candidates = values.Where(v => v.Item1.Length is > 0 and <= MaxText && v.Item2.Length is > 0 and <= MaxText).ToList();
        var starting = candidates.Where(v => Starts(v.Item1, text) || Starts(v.Item2, text));
        var containing = candidates.Where(v => !Starts(v.Item1, text) && !Starts(v.Item2, text)
                                               && (v.Item1.Contains(text, StringComparison.OrdinalIgnoreCase) || v.Item2.Contains(text, StringComparison.OrdinalIgnoreCase)));
        return starting.Concat(containing)
            .DistinctBy(v => v.Item2, StringComparer.OrdinalIgnoreCase)
            .Take(MaxChoices)
            .Select(v => new DiscordCommandChoice(v.Item1, v.Item2))
            .ToList();
    }

    private static bool Starts(string value, string typed) => value.StartsWith(typed, StringComparison.OrdinalIgnoreCase);
}
