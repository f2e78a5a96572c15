namespace DeploymentWatch.Discord.Interactions;

/// <summary>
/// Remembers the signatures of accepted requests for the timestamp window, so a captured request cannot be sent
/// again while its timestamp is still fresh. Only valid signatures are stored, so an attacker cannot fill it.
/// </summary>
internal sealed class DiscordReplayGuard(TimeProvider timeProvider)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, DateTimeOffset> _seen = new(StringComparer.OrdinalIgnoreCase);
    private DateTimeOffset _nextPrune;

    /// <summary>True the first time a signature is seen within <paramref name="window"/>; false for a replay.</summary>
    public bool TryRecord(string signature, TimeSpan window)
    {
        var now = timeProvider.GetUtcNow();
        lock (_gate)
        {
            if (now >= _nextPrune)
            {
                _nextPrune = now + window;
                foreach (var (key, expires) in _seen.ToArray())
                {
                    if (expires <= now)
                    {
                        _seen.Remove(key);
                    }
                }
            }

            if (_seen.TryGetValue(signature, out var until) && until > now)
            {
                return false;
            }

            // Twice the window: a timestamp may be up to one window old or one window ahead when it arrives.
            _seen[signature] = now + window + window;
            return true;
        }
    }
}
