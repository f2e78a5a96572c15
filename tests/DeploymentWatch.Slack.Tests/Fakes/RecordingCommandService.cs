using System.Collections.Concurrent;
using DeploymentWatch.Application.Commands;
using DeploymentWatch.Domain.Messages;

namespace DeploymentWatch.Slack.Tests.Fakes;

/// <summary>
/// Stands in for the real command service (written elsewhere): records requests, answers with a set reply, and can
/// be held on a gate to play a slow command.
/// </summary>
public sealed class RecordingCommandService : ICommandService
{
    private readonly ConcurrentQueue<CommandRequest> requests = new();
    private TaskCompletionSource? gate;

    public IReadOnlyCollection<CommandRequest> Requests => requests;

    public CommandReply Reply { get; set; } = new(MessageDocument.Plain("Subscribed", "This channel now gets alerts for casualties."), false);

    /// <summary>Makes the next commands wait until <see cref="Release"/>.</summary>
    public void Hold() => gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => gate?.TrySetResult();

    public async Task<CommandReply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        requests.Enqueue(request);
        if (gate is { } held)
        {
            await held.Task.WaitAsync(cancellationToken);
        }

        return Reply;
    }
}
