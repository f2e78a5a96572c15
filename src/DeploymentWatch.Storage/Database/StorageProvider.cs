namespace DeploymentWatch.Storage.Database;

/// <summary>Which database engine backs the stores.</summary>
internal enum StorageProvider
{
    Sqlite,
    Postgres,
}
