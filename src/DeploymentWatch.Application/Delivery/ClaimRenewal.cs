using Microsoft.Extensions.Logging;

namespace DeploymentWatch.Application.Delivery;

/// <summary>
/// Keeps one claimant's leases alive while it works: every third of the lease it extends them, so the lease can be
/// short (a crashed process's entries come back quickly) while a long pass (rate-limit waits) keeps its claims.
/// </summary>
internal sealed class ClaimRenewal : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly Task _loop;

    private ClaimRenewal(IOutboxStore outbox, string claimant, TimeSpan lease, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _loop = RunAsync(outbox, claimant, lease, time, logger, _stop.Token);
    }

    public static ClaimRenewal Start(IOutboxStore outbox, string claimant, TimeSpan lease, TimeProvider time, ILogger logger, CancellationToken cancellationToken) =>
        new(outbox, claimant, lease, time, logger, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }

    private static async Task RunAsync(IOutboxStore outbox, string claimant, TimeSpan lease, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(lease / 3, time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                try
                {
                    await outbox.RenewClaimsAsync(claimant, time.GetUtcNow() + lease, cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A missed renewal only risks another instance sending too (idempotency keys make that harmless).
                    logger.LogWarning(ex, "Could not renew outbox claims; retrying at the next tick");
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
