using System.Text;

namespace DeploymentWatch.Tests.Scheduling;

/// <summary>A console stand-in that completes a task once its text contains a marker, so tests wait on output, not time.</summary>
internal sealed class SignalingWriter(string marker) : StringWriter
{
    private readonly TaskCompletionSource _seen = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _gate = new();

    public Task Seen => _seen.Task;

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_gate)
        {
            base.Write(value);
            Check();
        }
    }

    public override void Write(string? value)
    {
        lock (_gate)
        {
            base.Write(value);
            Check();
        }
    }

    public override void WriteLine(string? value)
    {
        lock (_gate)
        {
            base.WriteLine(value);
            Check();
        }
    }

    public string Text
    {
        get
        {
            lock (_gate)
            {
                return ToString();
            }
        }
    }

    private void Check()
    {
        if (ToString().Contains(marker, StringComparison.Ordinal))
        {
            _seen.TrySetResult();
        }
    }
}
