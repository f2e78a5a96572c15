using System.Text.Json.Serialization;
using DeploymentWatch.Discord.Interactions.Payloads;

namespace DeploymentWatch.Discord.Api.Dtos;

/// <summary>Source-generated JSON for every Discord body: snake_case names, nulls omitted.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DiscordMessagePayload))]
[JsonSerializable(typeof(DiscordMessage))]
[JsonSerializable(typeof(DiscordErrorBody))]
[JsonSerializable(typeof(DiscordRateLimitedBody))]
[JsonSerializable(typeof(IReadOnlyList<DiscordApplicationCommand>))]
[JsonSerializable(typeof(DiscordInteraction))]
[JsonSerializable(typeof(DiscordInteractionResponse))]
[JsonSerializable(typeof(DiscordAutocompleteResponse))]
internal sealed partial class DiscordJsonContext : JsonSerializerContext;
