namespace DeploymentWatch.Discord.Commands;

/// <summary>What registering the slash commands did, for the start-up log and `deploymentwatch discord register`.</summary>
public sealed record DiscordRegistrationResult(bool Succeeded, string Detail);
