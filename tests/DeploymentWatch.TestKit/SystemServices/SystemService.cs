namespace DeploymentWatch.TestKit.SystemServices;

/// <summary>A program some integration tests need from the machine, beyond the .NET SDK.</summary>
public enum SystemService
{
    /// <summary>PostgreSQL's server binaries (initdb, pg_ctl), or a server named by DEPLOYMENTWATCH_TEST_POSTGRES.</summary>
    PostgreSql,

    /// <summary>Debian's headless-capable Chromium, driven by the browser tests.</summary>
    Chromium,
}
