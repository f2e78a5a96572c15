using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace DeploymentWatch.TestKit.Slack;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that tells tests when code starts waiting, so a test moves time exactly when a
/// wait exists (no sleeping, no racing). With <see cref="AutoAdvance"/> every wait is passed at once, in virtual
/// time, which suits code whose waits are not what the test is about (pacing, Retry-After).
/// </summary>
public sealed class SlackTestTime : FakeTimeProvider
{
    private readonly Channel<TimeSpan> waits = Channel.CreateUnbounded<TimeSpan>();

    public SlackTestTime(DateTimeOffset start)
        : base(start)
    {
    }

    public bool AutoAdvance { get; set; }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime > TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan)
        {
            if (AutoAdvance)
            {
                // After returning, so the caller has hooked its continuation before the timer fires.
                ThreadPool.QueueUserWorkItem(_ => Advance(dueTime));
            }
            else
            {
                waits.Writer.TryWrite(dueTime);
            }
        }

        return timer;
    }

    /// <summary>Waits (really, bounded) until the code under test starts a timer; returns its due time.</summary>
    public async Task<TimeSpan> NextWaitAsync() =>
        await waits.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
}
