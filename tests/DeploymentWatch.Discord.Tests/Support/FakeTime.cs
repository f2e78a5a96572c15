using Microsoft.Extensions.Time.Testing;

namespace DeploymentWatch.Discord.Tests.Support;

/// <summary>Fake clocks for tests: time passes only when the test says so.</summary>
internal static class FakeTime
{
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public static FakeTimeProvider Create() => new(Start);
}
