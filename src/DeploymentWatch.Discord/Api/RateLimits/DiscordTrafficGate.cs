using Microsoft.Extensions.Options;

namespace DeploymentWatch.Discord.Api.RateLimits;

/// <summary>
/// Whether any request may go at all: a 401 stops all Discord traffic until restart (the docs' advice, and every
/// further call would count toward the IP ban); too many invalid requests pause it until the window drains.
/// </summary>
internal sealed class DiscordTrafficGate(DiscordInvalidRequestCounter invalidRequests, IOptions<DiscordOptions> options)
{
    private volatile string? _stopReason;

    public bool IsStopped => _stopReason is not null;

    public string? StopReason => _stopReason;

    public int InvalidRequestsInWindow => invalidRequests.Count();

    public bool IsSuspended => invalidRequests.Count() >= options.Value.InvalidRequestLimit;

    public void Stop(string reason) => _stopReason ??= reason;

    public void RecordInvalidRequest() => invalidRequests.Record();
}
