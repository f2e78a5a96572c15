using Microsoft.Extensions.Time.Testing;

namespace DeploymentWatch.Discord.Tests.Support;

/// <summary>
/// A FakeTimeProvider that reports the timers code under test starts (Task.Delay, timeouts), so a test can wait
/// until the code is actually waiting for, say, 2.5 s before it moves the clock: no race between the test's clock
/// and the code's progress, and no sleeping.
/// </summary>
internal sealed class ObservedFakeTime() : FakeTimeProvider(FakeTime.Start)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly List<TimeSpan> _started = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        TaskCompletionSource changed;
        lock (_started)
        {
            _started.Add(dueTime);
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
        return base.CreateTimer(callback, state, dueTime, period);
    }

    /// <summary>Waits (in real time, at most 30 s) until a timer of exactly <paramref name="dueTime"/> has been started, then moves time by it.</summary>
    public async Task AdvanceWhenWaitingAsync(TimeSpan dueTime)
    {
        await WaitForTimerAsync(dueTime);
        Advance(dueTime);
    }

    public async Task WaitForTimerAsync(TimeSpan dueTime)
    {
        while (true)
        {
            Task changed;
            lock (_started)
            {
                if (_started.Remove(dueTime))
                {
                    return;
                }

                changed = _changed.Task;
            }

            await changed.WaitAsync(Patience);
        }
    }
}
