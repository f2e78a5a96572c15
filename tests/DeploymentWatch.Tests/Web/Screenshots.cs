using Microsoft.Playwright;

namespace DeploymentWatch.Tests.Web;

/// <summary>
/// The README's screenshots are taken by the browser tests: with DEPLOYMENTWATCH_WEB_SCREENSHOTS set to a folder
/// (docs/ to refresh them), each page test saves its page there; otherwise nothing is written.
/// </summary>
internal static class Screenshots
{
    public const string Variable = "DEPLOYMENTWATCH_WEB_SCREENSHOTS";

    public static async Task SaveAsync(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(folder))
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name), FullPage = true });
        }
    }
}
