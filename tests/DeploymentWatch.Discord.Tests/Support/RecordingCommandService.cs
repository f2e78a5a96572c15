using DeploymentWatch.Application.Commands;
using DeploymentWatch.Domain.Messages;

namespace DeploymentWatch.Discord.Tests.Support;

/// <summary>An ICommandService that records requests and answers with a set reply, optionally only when released.</summary>
internal sealed class RecordingCommandService : ICommandService
{
    private readonly List<CommandRequest> _requests = [];
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource? _release;

    public CommandReply Reply { get; set; } = new(MessageDocument.Plain("Subscribed", "This channel now gets alerts."), false);

    public IReadOnlyList<CommandRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Completes when the first command has started.</summary>
    public Task Started => _started.Task;

    /// <summary>From now on, commands wait for <see cref="Release"/> before they answer.</summary>
    public void Hold() => _release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _release?.TrySetResult();

    public async Task<CommandReply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        lock (_requests)
        {
            _requests.Add(request);
        }

        _started.TrySetResult();
        if (_release is { } release)
        {
            await release.Task.WaitAsync(cancellationToken);
        }

        return Reply;
    }
}
