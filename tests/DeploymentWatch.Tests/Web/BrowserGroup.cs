using DeploymentWatch.TestKit.SystemServices;

namespace DeploymentWatch.Tests.Web;

/// <summary>The browser tests share one Chromium; they skip (or fail under CI) where it is not installed.</summary>
[CollectionDefinition(Name)]
[RequiresSystemService(SystemService.Chromium)]
public sealed class BrowserGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
