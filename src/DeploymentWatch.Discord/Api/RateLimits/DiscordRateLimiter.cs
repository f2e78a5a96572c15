using Microsoft.Extensions.Options;

namespace DeploymentWatch.Discord.Api.RateLimits;

/// <summary>
/// Per-route buckets and the global limit, as Discord.Net does it: a request is keyed by method + route template +
/// major id until a response names the bucket hash, then by hash + major id (routes sharing a hash share the
/// bucket). A request that finds its bucket empty waits for the reset instead of eating a 429. Each bucket waits on
/// its own, so one slow channel never holds up another.
/// </summary>
internal sealed class DiscordRateLimiter
{
    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan IdleBucketLifetime = TimeSpan.FromMinutes(5);
    private readonly Lock _gate = new();
    private readonly Dictionary<string, DiscordBucket> _buckets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _hashByTemplate = new(StringComparer.Ordinal);
    private readonly TimeProvider _timeProvider;
    private DateTimeOffset _nextSweep;

    public DiscordRateLimiter(TimeProvider timeProvider, IOptions<DiscordOptions> options)
    {
        _timeProvider = timeProvider;
        Global = new DiscordGlobalLimiter(options.Value.GlobalRequestsPerSecond, timeProvider);
    }

    public DiscordGlobalLimiter Global { get; }

    internal int BucketCount
    {
        get
        {
            lock (_gate)
            {
                return _buckets.Count;
            }
        }
    }

    /// <summary>
    /// Waits for the route's bucket (and the global limit) until <paramref name="deadline"/>. Returns a lease, or the
    /// wait still needed when going would pass the deadline (the caller hands the message back to the outbox).
    /// </summary>
    public async Task<(DiscordBucketLease? Lease, TimeSpan Wait)> AcquireAsync(DiscordRoute route, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        var bucket = Rent(route);
        var holdsTurn = false;
        DiscordBucketLease? lease = null;
        try
        {
            if (!await WaitForTurnAsync(bucket, deadline, cancellationToken))
            {
                return (null, Later(bucket));
            }

            holdsTurn = true;
            // A loop, not one wait: a timer may fire a little early, and the bucket must really have reset.
            for (var wait = bucket.WaitBeforeSend(_timeProvider.GetUtcNow()); wait > TimeSpan.Zero; wait = bucket.WaitBeforeSend(_timeProvider.GetUtcNow()))
            {
                if (_timeProvider.GetUtcNow() + wait > deadline)
                {
                    return (null, wait);
                }

                await Task.Delay(wait, _timeProvider, cancellationToken);
            }

            if (route.CountsTowardGlobalLimit && await Global.AcquireAsync(deadline, cancellationToken) is { } globalWait)
            {
                return (null, globalWait);
            }

            lease = new DiscordBucketLease(this, route, bucket);
            return (lease, TimeSpan.Zero);
        }
        finally
        {
            // A lease keeps the turn and the rental until Complete; every other exit gives them back here.
            if (lease is null)
            {
                if (holdsTurn)
                {
                    bucket.Turn.Release();
                }

                GiveBack(bucket);
            }
        }
    }

    internal void Complete(DiscordRoute route, DiscordBucket bucket, DiscordRateLimitHeaders? headers, bool rateLimited)
    {
        var now = _timeProvider.GetUtcNow();
        if (headers is not null)
        {
            bucket.Update(headers, rateLimited, now);
            if (headers.Bucket is { Length: > 0 } hash)
            {
                Learn(route, bucket, hash);
            }
        }

        if (route.CountsTowardGlobalLimit)
        {
            Global.Release();
        }

        GiveBack(bucket);
        bucket.Turn.Release();
    }

    private void GiveBack(DiscordBucket bucket)
    {
        lock (_gate)
        {
            bucket.Users--;
            bucket.LastUsed = _timeProvider.GetUtcNow();
        }
    }

    private DiscordBucket Rent(DiscordRoute route)
    {
        lock (_gate)
        {
            var now = _timeProvider.GetUtcNow();
            var bucket = FindOrCreate(route);
            bucket.Users++;
            bucket.LastUsed = now;
            if (now >= _nextSweep)
            {
                _nextSweep = now + SweepEvery;
                Sweep(now);
            }

            return bucket;
        }
    }

    private DiscordBucket FindOrCreate(DiscordRoute route)
    {
        if (!_hashByTemplate.TryGetValue(route.TemplateKey, out var hash))
        {
            return GetOrAdd(route.ProvisionalBucketKey, () => new DiscordBucket());
        }

        // Re-key a provisional bucket still in use rather than starting a second, unaware one for the same limit.
        return GetOrAdd(HashKey(hash, route), () => _buckets.Remove(route.ProvisionalBucketKey, out var provisional) ? provisional : new DiscordBucket());
    }

    private void Learn(DiscordRoute route, DiscordBucket bucket, string hash)
    {
        lock (_gate)
        {
            if (_hashByTemplate.TryGetValue(route.TemplateKey, out var known) && known == hash)
            {
                return;
            }

            _hashByTemplate[route.TemplateKey] = hash;
            if (_buckets.TryGetValue(route.ProvisionalBucketKey, out var provisional) && ReferenceEquals(provisional, bucket))
            {
                _buckets.Remove(route.ProvisionalBucketKey);
            }

            _buckets.TryAdd(HashKey(hash, route), bucket);
        }
    }

    private DiscordBucket GetOrAdd(string key, Func<DiscordBucket> create)
    {
        if (!_buckets.TryGetValue(key, out var bucket))
        {
            bucket = create();
            _buckets[key] = bucket;
        }

        return bucket;
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, bucket) in _buckets.ToArray())
        {
            if (bucket.Users == 0 && now - bucket.LastUsed > IdleBucketLifetime)
            {
                _buckets.Remove(key);
            }
        }
    }

    private async Task<bool> WaitForTurnAsync(DiscordBucket bucket, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        var timeout = deadline - _timeProvider.GetUtcNow();
        if (timeout <= TimeSpan.Zero)
        {
            return await bucket.Turn.WaitAsync(0, cancellationToken);
        }

        // The timeout runs on TimeProvider (SemaphoreSlim's own timeout would use the wall clock).
        using var timeoutSource = new CancellationTokenSource(timeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        try
        {
            await bucket.Turn.WaitAsync(linked.Token);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private TimeSpan Later(DiscordBucket bucket)
    {
        var untilReset = bucket.ResetAt - _timeProvider.GetUtcNow();
        return untilReset > TimeSpan.FromSeconds(1) ? untilReset : TimeSpan.FromSeconds(1);
    }

    private static string HashKey(string hash, DiscordRoute route) => $"{hash}|{route.MajorId}";
}
