namespace DeploymentWatch.Domain.Commands;

/// <summary>
/// One command of the grammar every front end shares. <see cref="ChangesChannel"/> commands need a channel manager;
/// the others are open to everyone.
/// </summary>
public sealed record CommandSpec(
    string Name,
    string Description,
    string Usage,
    string Example,
    bool ChangesChannel,
    IReadOnlyList<CommandArgument> Arguments);
