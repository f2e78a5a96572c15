namespace DeploymentWatch.TestKit.SystemServices;

/// <summary>
/// Finds the system services on this machine and decides whether tests that need them skip. The locations can be
/// overridden (DEPLOYMENTWATCH_TEST_POSTGRES_ROOT, DEPLOYMENTWATCH_TEST_CHROMIUM), which also shows the skipping on
/// a machine that has them: point one at a path that does not exist.
/// </summary>
public static class SystemServiceProbe
{
    public const string PostgresRootVariable = "DEPLOYMENTWATCH_TEST_POSTGRES_ROOT";
    public const string ChromiumVariable = "DEPLOYMENTWATCH_TEST_CHROMIUM";
    public const string PostgresInstallHint = "PostgreSQL is needed for these tests: apt-get install -y postgresql";
    public const string ChromiumInstallHint = "Chromium is needed for these tests: apt-get install -y chromium";

    /// <summary>True under CI (CI=true or CI=1, as .ci/run and most CI systems set it): nothing may skip there.</summary>
    public static bool IsCi =>
        Environment.GetEnvironmentVariable("CI") is { } ci
        && (ci.Equals("true", StringComparison.OrdinalIgnoreCase) || ci == "1");

    /// <summary>Where PostgreSQL's versioned installations live (Debian: /usr/lib/postgresql/17/bin).</summary>
    public static string PostgresRoot => Override(PostgresRootVariable) ?? "/usr/lib/postgresql";

    /// <summary>The Chromium executable the browser tests drive.</summary>
    public static string ChromiumPath => Override(ChromiumVariable) ?? "/usr/bin/chromium";

    public static bool IsAvailable(SystemService service) => service switch
    {
        SystemService.PostgreSql => Override(Postgres.PostgresServer.EnvironmentVariable) is not null || FindPostgresBin() is not null,
        SystemService.Chromium => File.Exists(ChromiumPath),
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, "Unknown system service."),
    };

    public static string InstallHint(SystemService service) =>
        service == SystemService.PostgreSql ? PostgresInstallHint : ChromiumInstallHint;

    /// <summary>Why tests needing these services skip here, or null when they run (all present, or under CI).</summary>
    public static string? SkipReason(IEnumerable<SystemService> services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return IsCi ? null : services.Where(s => !IsAvailable(s)).Select(InstallHint).FirstOrDefault();
    }

    /// <summary>The newest installed PostgreSQL major version's bin directory that has initdb and pg_ctl.</summary>
    public static string? FindPostgresBin()
    {
        if (!Directory.Exists(PostgresRoot))
        {
            return null;
        }

        return Directory.GetDirectories(PostgresRoot)
            .Select(version => Path.Combine(version, "bin"))
            .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
            .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
            .FirstOrDefault();
    }

    private static string? Override(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value ? value : null;
}
