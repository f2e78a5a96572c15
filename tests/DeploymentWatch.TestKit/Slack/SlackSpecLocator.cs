namespace DeploymentWatch.TestKit.Slack;

/// <summary>
/// Finds shared/specs by walking up from the test binaries: the repo sits beside shared/ (locally /work/main next
/// to /work/shared, and the same in CI), so some ancestor has a "shared/specs" folder.
/// </summary>
public static class SlackSpecLocator
{
    public const string WebApiSpecFile = "slack-web-openapi-v2.json";

    public static string FindSpecFile(string fileName = WebApiSpecFile)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "specs", fileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"No shared/specs/{fileName} above {AppContext.BaseDirectory}; clone the repo beside shared/.");
    }
}
