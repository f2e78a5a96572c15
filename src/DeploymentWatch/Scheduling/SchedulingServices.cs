using DeploymentWatch.Application.Retention;
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
        var scheduling = configuration.GetSection(SchedulingOptions.SectionName).Get<SchedulingOptions>() ?? new SchedulingOptions();
        var tick = scheduling.Tick;
        var deliveryTick = scheduling.DeliveryTick;
        var retentionEvery = configuration.GetSection(RetentionOptions.SectionName).Get<RetentionOptions>()?.Every ?? new RetentionOptions().Every;
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
            // Polling and delivery are two jobs on the same tick: each skips a tick while its previous run goes on
            // (DisallowConcurrentExecution), so a long poll never delays delivery.
            q.AddJob<PollJob>(j => j.WithIdentity(PollJob.Key));
            q.AddTrigger(t => t
                .ForJob(PollJob.Key)
                .WithIdentity("poll-tick", "deploymentwatch")
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(tick).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
            q.AddJob<DeliverJob>(j => j.WithIdentity(DeliverJob.Key));
            q.AddTrigger(t => t
                .ForJob(DeliverJob.Key)
                .WithIdentity("deliver-tick", "deploymentwatch")
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(deliveryTick).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
            q.AddJob<RetentionJob>(j => j.WithIdentity(RetentionJob.Key));
            q.AddTrigger(t => t
                .ForJob(RetentionJob.Key)
                .WithIdentity("retention", "deploymentwatch")
                .StartAt(timeProvider.GetUtcNow() + TimeSpan.FromMinutes(1))
                .WithSimpleSchedule(s => s.WithInterval(retentionEvery).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
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
                    store.UseClustering(c =>
                    {
                        c.CheckinInterval = scheduling.ClusterCheckin;
                        c.CheckinMisfireThreshold = scheduling.ClusterFailover;
                    });
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
