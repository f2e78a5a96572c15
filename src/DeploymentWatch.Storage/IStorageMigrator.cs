namespace DeploymentWatch.Storage;

/// <summary>Brings the database schema to this build's version; the host calls it once at start, before any store.</summary>
public interface IStorageMigrator
{
    Task MigrateAsync(CancellationToken cancellationToken);
}
