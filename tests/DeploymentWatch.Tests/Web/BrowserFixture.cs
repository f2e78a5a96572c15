using DeploymentWatch.TestKit.SystemServices;
using Microsoft.Playwright;

namespace DeploymentWatch.Tests.Web;

/// <summary>
/// One headless Chromium for the browser tests: Debian's package, driven by Playwright through ExecutablePath, so
/// no browser is ever downloaded. Not started where the tests skip (no Chromium and CI unset).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumFlags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? playwright;
    private IBrowser? browser;

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        if (SystemServiceProbe.SkipReason([SystemService.Chromium]) is not null)
        {
            return;
        }

        if (!File.Exists(SystemServiceProbe.ChromiumPath))
        {
            throw new InvalidOperationException(SystemServiceProbe.ChromiumInstallHint);
        }

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = SystemServiceProbe.ChromiumPath,
            Headless = true,
            Args = ChromiumFlags,
            Timeout = 60_000,
        });
    }

    /// <summary>A fresh context (no cookies) with the page size the README's screenshots use.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 900 } });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}
