namespace DeploymentWatch.Discord.Api.RateLimits;

/// <summary>
/// 401, 403 and non-shared 429 responses in the last 10 minutes, counted in one-second slots. Discord bans an IP
/// for a while at 10,000; we stop well before (DiscordOptions.InvalidRequestLimit).
/// </summary>
internal sealed class DiscordInvalidRequestCounter(TimeProvider timeProvider)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    private readonly Lock _gate = new();
    private readonly long[] _slotSecond = new long[(int)Window.TotalSeconds];
    private readonly int[] _slotCount = new int[(int)Window.TotalSeconds];

    public void Record()
    {
        var second = timeProvider.GetUtcNow().ToUnixTimeSeconds();
        var slot = (int)(second % _slotCount.Length);
        lock (_gate)
        {
            if (_slotSecond[slot] != second)
            {
                _slotSecond[slot] = second;
                _slotCount[slot] = 0;
            }

            _slotCount[slot]++;
        }
    }

    public int Count()
    {
        var now = timeProvider.GetUtcNow().ToUnixTimeSeconds();
        var total = 0;
        lock (_gate)
        {
            for (var i = 0; i < _slotCount.Length; i++)
            {
                if (now - _slotSecond[i] < _slotCount.Length)
                {
                    total += _slotCount[i];
                }
            }
        }

        return total;
    }
}
