namespace DeploymentWatch.TestKit.Discord;

/// <summary>
/// Finds shared/specs/discord-openapi.json by walking up from the test binaries: the repo sits beside shared/
/// (locally /work/main next to /work/shared, and the same in CI), so some ancestor holds "shared/specs".
/// </summary>
public static class DiscordSpecLocator
{
    public const string OpenApiFile = "discord-openapi.json";

    public static string FindOpenApiFile()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "specs", OpenApiFile), Path.Combine(dir.FullName, "..", "shared", "specs", OpenApiFile) })
            {
                if (File.Exists(candidate))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }

        throw new FileNotFoundException($"No shared/specs/{OpenApiFile} above {AppContext.BaseDirectory}; clone the repo beside shared/.");
    }
}
