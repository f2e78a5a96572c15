namespace DeploymentWatch.Domain.Commands;

/// <summary>Either a command or a message saying clearly what was wrong with the input.</summary>
public sealed record CommandParseResult(ChannelCommand? Command, string? Error)
{
    public bool IsSuccess => Command is not null;

    public static CommandParseResult Ok(ChannelCommand command) => new(command, null);

    public static CommandParseResult Fail(string error) => new(null, error);
}
