using DeploymentWatch.Storage.Tests.Support;
using Microsoft.Extensions.Options;
using Quartz;

namespace DeploymentWatch.Storage.Tests.Postgres;

/// <summary>Quartz.NET's clustered ADO job store runs on the tables the PostgreSQL migrations create.</summary>
[Collection(PostgresGroup.Name)]
public sealed class PostgresQuartzSchemaTests(PostgresFixture postgres) : StorageTestBase
{
    [Fact]
    public async Task QuartzClusteredScheduler_MigratedDatabase_ValidatesSchemaAndStoresJobs()
    {
        var connectionString = Storage.Get<IOptions<StorageOptions>>().Value.PostgresConnectionString!;
        var scheduler = await QuartzSchedulerBuilder.Create(quartz =>
        {
            quartz.UsePersistentStore(store =>
            {
                store.UsePostgres(connectionString);
                store.UseSystemTextJsonSerializer(_ => { });
                store.UseClustering(_ => { });
            });
        }).BuildScheduler(CancellationToken.None);
        var job = JobBuilder.Create<NoOpJob>().WithIdentity("poll-dispatcher").StoreDurably().Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity("poll-dispatcher-trigger")
            .ForJob(job)
            .StartAt(new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero))
            .Build();

        await scheduler.ScheduleJob(job, trigger, new ScheduleJobOptions(), CancellationToken.None);
        await scheduler.Start(CancellationToken.None);
        var status = scheduler.Status;
        await scheduler.Shutdown(waitForJobsToComplete: false, CancellationToken.None);

        Assert.Equal(SchedulerStatus.Running, status);
        Assert.Equal(1, await Storage.CountAsync("qrtz_job_details"));
        Assert.Equal(1, await Storage.CountAsync("qrtz_simple_triggers"));
    }

    protected override Task<StorageHarness> CreateHarnessAsync() => StorageHarness.PostgresAsync(postgres.Server);

    private sealed class NoOpJob : IJob
    {
        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
