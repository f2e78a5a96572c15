using DeploymentWatch.Discord.Api.Dtos;

namespace DeploymentWatch.Discord.Interactions.Payloads;

/// <summary>The answer to an autocomplete interaction: type 8 with at most 25 choices.</summary>
internal sealed record DiscordAutocompleteResponse(int Type, DiscordAutocompleteChoices Data)
{
    public const int AutocompleteResult = 8;

    public static DiscordAutocompleteResponse Of(IReadOnlyList<DiscordCommandChoice> choices) => new(AutocompleteResult, new DiscordAutocompleteChoices(choices));
}

/// <summary>The data of an autocomplete answer.</summary>
internal sealed record DiscordAutocompleteChoices(IReadOnlyList<DiscordCommandChoice> Choices);
