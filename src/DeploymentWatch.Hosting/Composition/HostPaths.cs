namespace DeploymentWatch.Composition;

/// <summary>Where configuration is read from (`--config`, default config/) and state is kept (`--data`, default data/).</summary>
public sealed record HostPaths(string ConfigDirectory, string DataDirectory)
{
    public string ProfilesFile => Path.Combine(ConfigDirectory, "profiles.yaml");

    public string FeedsFile => Path.Combine(ConfigDirectory, "feeds.yaml");

    public string DefaultDatabase => Path.Combine(DataDirectory, "deploymentwatch.db");

    public static HostPaths From(string? config, string? data) =>
        new(Path.GetFullPath(config ?? "config"), Path.GetFullPath(data ?? "data"));
}
