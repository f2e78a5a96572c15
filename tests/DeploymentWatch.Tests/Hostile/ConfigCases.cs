using DeploymentWatch.Configuration;
using DeploymentWatch.TestKit.Feeds;

namespace DeploymentWatch.Tests.Hostile;

/// <summary>
/// A configuration case: NAME.feeds.yaml or NAME.profiles.yaml is loaded as config/feeds.yaml or config/profiles.yaml;
/// the .expect gives 'outcome: ok|error', the 'line' the error must name and parts of its message.
/// </summary>
internal static class ConfigCases
{
    public static void Run(string input, CaseExpectation expect)
    {
        using var folder = new TemporaryFolder();
        var kind = Path.GetExtension(Path.GetFileNameWithoutExtension(input)).TrimStart('.');
        Directory.CreateDirectory(Path.Combine(folder.Path, "config"));
        var path = Path.Combine(folder.Path, "config", kind + ".yaml");
        File.Copy(input, path);
        Exception? error = null;
        try
        {
            _ = kind == "feeds" ? FeedsFileLoader.Load(path) : (object)ProfilesFileLoader.Load(path);
        }
        catch (ConfigFileException ex)
        {
            error = ex;
        }

        if (expect["outcome"] == "ok")
        {
            Assert.Null(error);
            return;
        }

        Assert.NotNull(error);
        Assert.Matches($"^{System.Text.RegularExpressions.Regex.Escape(path)}:{expect["line"] ?? "[0-9]+"}: ", error.Message);
        Assert.DoesNotContain('\n', error.Message);
        foreach (var part in expect.All("error"))
        {
            Assert.Contains(part, error.Message, StringComparison.Ordinal);
        }
    }
}
