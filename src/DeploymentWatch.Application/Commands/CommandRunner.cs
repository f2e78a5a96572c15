using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DeploymentWatch.Application.Commands;

/// <summary>
/// The one "answer within the budget, else defer and follow up" flow that every front end uses (Discord HTTP and
/// Gateway, Slack HTTP and Socket Mode). A command runs in its own DI scope, because it may outlive the request or
/// event that started it; a follow-up is tracked until it has been sent, and shutdown waits for those still going.
/// Adapters keep only what is theirs: signatures, payload mapping and rendering.
/// </summary>
public sealed class CommandRunner(IServiceScopeFactory scopeFactory, TimeProvider timeProvider, ILogger<CommandRunner> logger)
    : IHostedService, IAsyncDisposable, IDisposable
{
    // Discord's interaction token lives 15 minutes and Slack's response_url 30: past 14 nothing can answer any more.
    private static readonly TimeSpan CommandLifetime = TimeSpan.FromMinutes(14);
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<Task, bool> _followUps = new();

    // Registered as itself and as a hosted service, so the container may dispose it twice: only the first counts.
    // The token source is cancelled, never disposed: a follow-up still finishing may read its token.
    private int _disposed;

    /// <summary>Follow-ups started and not yet finished.</summary>
    public int PendingFollowUps => _followUps.Count;

    /// <summary>Runs a command whose request is known up front.</summary>
    public Task<CommandReply?> RunAsync(CommandRequest request, CommandRun run, CancellationToken cancellationToken) =>
        RunAsync(_ => Task.FromResult(request), run, cancellationToken);

    /// <summary>
    /// Runs the command and returns its reply if it came within the budget and may be answered at once; otherwise
    /// returns null (the caller acknowledges now: "thinking…", "working on it") and the reply goes to
    /// <see cref="CommandRun.FollowUp"/> when ready. <paramref name="prepare"/> builds the request inside the
    /// budget (Slack asks users.info whether the user may change the channel). Never throws for a failing command:
    /// that becomes an error reply.
    /// </summary>
    public async Task<CommandReply?> RunAsync(Func<CancellationToken, Task<CommandRequest>> prepare, CommandRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prepare);
        ArgumentNullException.ThrowIfNull(run);

        // The budget starts before the command, so the command's own start-up counts against it. The command runs on
        // the thread pool (a slow synchronous start cannot eat the budget) and is not tied to the caller's token: a
        // late answer still goes out as a follow-up.
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var budget = Task.Delay(run.Budget, timeProvider, waiting.Token);
        var work = Task.Run(() => ExecuteAsync(prepare), CancellationToken.None);
        var first = await Task.WhenAny(work, budget);
        await waiting.CancelAsync();
        if (first == work && run.AnswersAtOnce(await work))
        {
            return await work;
        }

        Track(FollowUpAsync(work, run.FollowUp));
        return null;
    }

    /// <summary>Completes when every follow-up started so far has been sent (or has failed and been logged).</summary>
    public Task WhenIdleAsync() => Task.WhenAll(_followUps.Keys);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Waits for the follow-ups still going; if the host's shutdown time runs out first, cancels them.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await WhenIdleAsync().WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Shutdown cut {Count} command follow-ups short", PendingFollowUps);
            await _stopping.CancelAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            await _stopping.CancelAsync();
            await WhenIdleAsync();
        }
    }

    // A container disposed synchronously cannot wait; it still cancels the follow-ups still going.
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _stopping.Cancel();
        }
    }

    private void Track(Task followUp)
    {
        _followUps.TryAdd(followUp, true);
        followUp.ContinueWith(t => _followUps.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private async Task<CommandReply> ExecuteAsync(Func<CancellationToken, Task<CommandRequest>> prepare)
    {
        using var lifetime = new CancellationTokenSource(CommandLifetime, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(lifetime.Token, _stopping.Token);
        CommandRequest? request = null;
        try
        {
            request = await prepare(linked.Token);
            await using var scope = scopeFactory.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<ICommandService>().ExecuteAsync(request, linked.Token);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Command {Command} failed in {Channel}", request?.Text.Split(' ')[0], request?.Channel);
            return CommandReply.Error("Something went wrong", "The command failed; please try again later.");
        }
    }

    // Never faults: a follow-up that cannot be sent is logged, so shutdown and tests can wait on all of them.
    private async Task FollowUpAsync(Task<CommandReply> work, Func<CommandReply, CancellationToken, Task> followUp)
    {
        var reply = await work;
        try
        {
            await followUp(reply, _stopping.Token);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            logger.LogWarning("A command follow-up was abandoned at shutdown");
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "A command follow-up could not be sent");
        }
    }
}
