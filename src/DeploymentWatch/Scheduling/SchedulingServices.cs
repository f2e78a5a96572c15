using DeploymentWatch.Storage;
using Quartz;

namespace DeploymentWatch.Scheduling;

/// <summary>
/// Quartz: in memory with SQLite (one instance), or a clustered ADO store on PostgreSQL so several instances share
/// the work and a job never runs on two nodes at once.
/// </summary>
public static class SchedulingServices
{
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SchedulingOptions>().Bind(configuration.GetSection(SchedulingOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        var tick = configuration.GetSection(SchedulingOptions.SectionName).Get<SchedulingOptions>()?.Tick ?? new SchedulingOptions().Tick;
        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        var postgres = string.Equals(storage.Provider, "postgres", StringComparison.OrdinalIgnoreCase);
        var connectionString = storage.PostgresConnectionString ?? configuration["DEPLOYMENTWATCH_POSTGRES"];

        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o =>
            {
                o.InstanceName = "deploymentwatch";
                o.GenerateInstanceId = true;
            });
            q.UseTimeProvider(timeProvider);
            q.AddJob<PollAndDeliverJob>(j => j.WithIdentity(PollAndDeliverJob.Key));
            q.AddTrigger(t => t
                .ForJob(PollAndDeliverJob.Key)
                .WithIdentity("poll-and-deliver-tick", "deploymentwatch")
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(tick).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
            q.AddJob<DailyDigestJob>(j => j.WithIdentity(DailyDigestJob.Key));
            q.AddTrigger(t => t
                .ForJob(DailyDigestJob.Key)
                .WithIdentity("daily-digest-hourly", "deploymentwatch")
                .WithCronSchedule(DailyDigestJob.Cron, c => c.InTimeZone(TimeZoneInfo.Utc)));
            if (postgres && !string.IsNullOrEmpty(connectionString))
            {
                q.UsePersistentStore(store =>
                {
                    store.UseSystemTextJsonSerializer(_ => { });
                    store.UsePostgres(connectionString);
                    store.UseClustering(c => c.CheckinInterval = TimeSpan.FromSeconds(10));
                });
            }
        });
        services.AddQuartzHostedService(o =>
        {
            // Shutdown lets a running cycle finish; the host's shutdown timeout abandons it if it takes too long.
            o.WaitForJobsToComplete = true;
        });
        return services;
    }
}
