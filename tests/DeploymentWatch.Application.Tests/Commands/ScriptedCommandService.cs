using DeploymentWatch.Application.Commands;
using DeploymentWatch.Domain.Messages;

namespace DeploymentWatch.Application.Tests.Commands;

/// <summary>A command service whose commands finish (or fail) when the test says so.</summary>
internal sealed class ScriptedCommandService : ICommandService
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool WaitForRelease { get; init; }

    public bool Throws { get; init; }

    public List<CommandRequest> Requests { get; } = [];

    public void Release() => _release.TrySetResult();

    public async Task<CommandReply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        lock (Requests)
        {
            Requests.Add(request);
        }

        if (WaitForRelease)
        {
            await _release.Task.WaitAsync(cancellationToken);
        }

        if (Throws)
        {
            throw new InvalidOperationException("the figure store is gone");
        }

        return new CommandReply(MessageDocument.Plain("Figures", "answer to " + request.Text), false);
    }
}
