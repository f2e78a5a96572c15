namespace DeploymentWatch.Storage.Tests.Support;

/// <summary>
/// The contract tests' base: each test gets its own migrated database. A subject's tests are written once in an
/// abstract class and run by its nested Sqlite and Postgres classes.
/// </summary>
public abstract class StorageTestBase : IAsyncLifetime
{
    private StorageHarness? storage;

    protected StorageHarness Storage => storage ?? throw new InvalidOperationException("InitializeAsync has not run.");

    public async Task InitializeAsync()
    {
        storage = await CreateHarnessAsync();
        await storage.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        if (storage is not null)
        {
            await storage.DisposeAsync();
        }
    }

    protected abstract Task<StorageHarness> CreateHarnessAsync();
}
