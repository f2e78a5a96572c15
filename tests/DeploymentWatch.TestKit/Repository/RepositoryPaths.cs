namespace DeploymentWatch.TestKit.Repository;

/// <summary>Finds the repository (the folder holding DeploymentWatch.sln) from the test binaries, wherever they run.</summary>
public static class RepositoryPaths
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "DeploymentWatch.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("DeploymentWatch.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Config => Path.Combine(Root, "config");
}
