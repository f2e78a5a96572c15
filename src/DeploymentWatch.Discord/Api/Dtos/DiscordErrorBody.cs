using System.Text.Json;

namespace DeploymentWatch.Discord.Api.Dtos;

/// <summary>A 4xx body: {"code": 50035, "message": "Invalid Form Body", "errors": {…}}.</summary>
internal sealed record DiscordErrorBody(int? Code, string? Message, JsonElement? Errors);
