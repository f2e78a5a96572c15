using DeploymentWatch.Application.Subscriptions;
using DeploymentWatch.Domain.Subscriptions;
using DeploymentWatch.Storage;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Composition;

/// <summary>Start-up work every command needs: schema migrations, and the console's default subscription.</summary>
public sealed class LocalSetup(IStorageMigrator migrator, ISubscriptionStore subscriptions, IOptions<ConsoleChannelOptions> console, TimeProvider time)
{
    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        await migrator.MigrateAsync(cancellationToken);
        var options = console.Value;
        if (!options.AutoSubscribe)
        {
            return;
        }

        if (!ChannelAddress.TryParse(options.DefaultChannel, out var channel) || channel is null)
        {
            throw new InvalidOperationException($"Channels:Console:DefaultChannel '{options.DefaultChannel}' is not a channel such as console:default.");
        }

        if (await subscriptions.GetAsync(channel, cancellationToken) is null)
        {
            await subscriptions.UpsertAsync(new Subscription(channel, new HashSet<string>(), DeliveryMode.Realtime, 8, time.GetUtcNow()), cancellationToken);
        }
    }
}
