using System.Globalization;
using DeploymentWatch.TestKit.SystemServices;

namespace DeploymentWatch.TestKit.Postgres;

/// <summary>
/// A throwaway PostgreSQL cluster: initdb into a temp directory, started with pg_ctl on a free loopback port with its
/// unix socket in that directory, trust authentication, durability off (test data is disposable). Stopped and
/// deleted on dispose.
/// </summary>
internal sealed class LocalPostgresCluster : IAsyncDisposable
{
    public const string InstallHint = SystemServiceProbe.PostgresInstallHint;

    private static readonly TimeSpan ToolTimeout = TimeSpan.FromSeconds(90);

    private readonly string binDirectory;
    private readonly string rootDirectory;

    private LocalPostgresCluster(string binDirectory, string rootDirectory, int port)
    {
        this.binDirectory = binDirectory;
        this.rootDirectory = rootDirectory;
        Port = port;
    }

    public int Port { get; }

    public string AdminConnectionString =>
        string.Create(CultureInfo.InvariantCulture, $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Pooling=false");

    private string DataDirectory => Path.Combine(rootDirectory, "data");

    public static async Task<LocalPostgresCluster> StartAsync(CancellationToken cancellationToken)
    {
        var bin = FindBinDirectory() ?? throw new InvalidOperationException(InstallHint);

        // Made by the user the server runs as (postgres when we are root), so initdb may write there.
        var root = (await PostgresTool.RunAsync("mktemp", ["-d", "-t", "deploymentwatch-pg.XXXXXX"], ToolTimeout, cancellationToken)).Trim();
        var cluster = new LocalPostgresCluster(bin, root, Feeds.UnusedLoopbackPort.Find());
        try
        {
            await PostgresTool.RunAsync(
                Path.Combine(bin, "initdb"),
                ["-D", cluster.DataDirectory, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions"],
                ToolTimeout,
                cancellationToken);
            var serverOptions = string.Create(
                CultureInfo.InvariantCulture,
                $"-p {cluster.Port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
            await PostgresTool.RunAsync(
                Path.Combine(bin, "pg_ctl"),
                ["-D", cluster.DataDirectory, "-l", Path.Combine(root, "server.log"), "-o", serverOptions, "-w", "-t", "60", "start"],
                ToolTimeout,
                cancellationToken);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
            {
                await PostgresTool.RunAsync(
                    Path.Combine(binDirectory, "pg_ctl"), ["-D", DataDirectory, "-m", "immediate", "-w", "stop"], ToolTimeout, CancellationToken.None);
            }
        }
        finally
        {
            Directory.Delete(rootDirectory, recursive: true);
        }
    }

    // Shared with the skip decision (SystemServiceProbe), so "absent" means the same thing to both.
    private static string? FindBinDirectory() => SystemServiceProbe.FindPostgresBin();
}
