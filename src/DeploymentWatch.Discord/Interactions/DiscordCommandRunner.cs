using System.Collections.Concurrent;
using DeploymentWatch.Application.Commands;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DeploymentWatch.Discord.Interactions;

/// <summary>
/// Runs commands for interactions in their own DI scope, so a command that outlives its HTTP request (a deferred
/// reply) keeps its services, and tracks the deferred follow-ups so shutdown (and tests) can wait for them.
/// </summary>
internal sealed class DiscordCommandRunner(IServiceScopeFactory scopeFactory, TimeProvider timeProvider, ILogger<DiscordCommandRunner> logger) : IAsyncDisposable, IDisposable
{
    // An interaction token lives 15 minutes; a command still running after that can no longer answer.
    private static readonly TimeSpan CommandLifetime = TimeSpan.FromMinutes(14);
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<Task, bool> _pending = new();

    public CancellationToken Stopping => _stopping.Token;

    /// <summary>Starts the command on the thread pool (so a slow synchronous start cannot eat the 3-second budget); never faults.</summary>
    public Task<CommandReply> Start(CommandRequest request) => Task.Run(() => ExecuteAsync(request));

    public void Track(Task followUp)
    {
        _pending.TryAdd(followUp, true);
        followUp.ContinueWith(t => _pending.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>Completes when every deferred reply started so far has been sent (or has failed and been logged).</summary>
    public Task WhenIdleAsync() => Task.WhenAll(_pending.Keys);

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        try
        {
            await WhenIdleAsync();
        }
        catch (OperationCanceledException)
        {
            // Cancelled by shutdown, which is what was asked for.
        }

        _stopping.Dispose();
    }

    // A container disposed synchronously cannot wait; it still cancels the commands still running.
    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }

    private async Task<CommandReply> ExecuteAsync(CommandRequest request)
    {
        using var lifetime = new CancellationTokenSource(CommandLifetime, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(lifetime.Token, _stopping.Token);
        try
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<ICommandService>().ExecuteAsync(request, linked.Token);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Discord command {Command} failed in {Channel}", request.Text.Split(' ')[0], request.Channel);
            return CommandReply.Error("Something went wrong", "The command failed; please try again later.");
        }
    }
}
