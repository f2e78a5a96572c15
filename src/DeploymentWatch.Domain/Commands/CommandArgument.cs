namespace DeploymentWatch.Domain.Commands;

/// <summary>One argument of a command, as help and the front ends' registrations describe it.</summary>
public sealed record CommandArgument(string Name, CommandArgumentKind Kind, bool Required, string Description);
