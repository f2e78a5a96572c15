using DeploymentWatch.Application.Polling;

namespace DeploymentWatch.Tests.Web;

/// <summary>The service after one `run --once` cycle over the seeds and a failing feed, shared by a test class.</summary>
public sealed class SeededWebService : IAsyncLifetime
{
    internal WebTestService Service { get; } = new();

    public PollSummary Poll { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Service.StartAsync();
        (Poll, _) = await Service.RunCycleAsync();
    }

    public async Task DisposeAsync() => await Service.DisposeAsync();
}
