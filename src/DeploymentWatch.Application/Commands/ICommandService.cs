namespace DeploymentWatch.Application.Commands;

/// <summary>Runs one command of the shared grammar; never throws for bad input, it answers with an error reply.</summary>
public interface ICommandService
{
    Task<CommandReply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken);
}
