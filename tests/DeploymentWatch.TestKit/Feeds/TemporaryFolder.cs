namespace DeploymentWatch.TestKit.Feeds;

/// <summary>A fresh folder under the temp directory, deleted on dispose, for tests that write feed files or article folders.</summary>
public sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dw-feeds-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string name, string content)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }

    /// <summary>
    /// Deletes a test's folder, or leaves it to the OS when a file in it is still open (SQLite's connection pool, a
    /// child process going away): a leftover temp folder must not fail the test that made it.
    /// </summary>
    public static void TryDelete(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
