using DeploymentWatch.Domain.Messages;

namespace DeploymentWatch.Application.Commands;

/// <summary>The answer to a command. Errors are meant for the user who typed it only (ephemeral where possible).</summary>
public sealed record CommandReply(MessageDocument Message, bool IsError)
{
    public static CommandReply Error(string title, string text) => new(MessageDocument.Plain(title, text), true);
}
