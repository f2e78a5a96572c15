using System.Net;

namespace DeploymentWatch.Tests.Web;

/// <summary>Feed text is hostile and the pages may be exposed: markup shows as text, and the token guards every page.</summary>
[Collection(BrowserGroup.Name)]
public sealed class WebSecurityBrowserTests(BrowserFixture browser)
{
    private static readonly string[] Pages = ["/", "/stories", "/figures", "/figures/killed", "/figures/killed/chart.png", "/explain", "/metrics", "/static/site.css"];

    [Fact]
    public async Task Stories_FeedTitleWithScript_ShowsItAsTextAndRunsNothing()
    {
        await using var service = new WebTestService(hostile: true);
        await service.StartAsync();
        var (poll, _) = await service.RunCycleAsync();
        Assert.Single(poll.Alerts);
        var page = await browser.NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, _) => dialogs++;

        await page.GotoAsync(service.Page("/stories").AbsoluteUri);

        Assert.Equal(WebTestService.HostileTitle, await page.Locator("article.story h2").InnerTextAsync());
        Assert.Equal(0, await page.Locator("main script, main b").CountAsync());
        Assert.StartsWith("Stories", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.Equal(0, dialogs);
        // The item's javascript: link is not made a link.
        Assert.Equal(0, await page.Locator("article.story a").CountAsync());
        Assert.Contains("<b>Hostile</b> Wire", await page.Locator("article.story .muted").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryPage_AccessTokenSet_Answers401WithoutItAndServesWithTheCookie()
    {
        const string token = "test-access-token-0123456789";
        await using var service = new WebTestService();
        await service.StartAsync(accessToken: token);
        var page = await browser.NewPageAsync();

        foreach (var path in Pages)
        {
            var refused = await page.GotoAsync(service.Page(path).AbsoluteUri);
            Assert.True(refused!.Status == 401, $"{path} answered {refused.Status} without the token");
        }

        Assert.Equal(401, (await page.GotoAsync(service.Page("/?token=wrong-token-0123456789").AbsoluteUri))!.Status);
        var first = await page.GotoAsync(service.Page("/?token=" + token).AbsoluteUri);
        Assert.Equal(200, first!.Status);
        Assert.Equal(service.Page("/").AbsoluteUri, page.Url);
        foreach (var path in Pages)
        {
            var served = await page.GotoAsync(service.Page(path).AbsoluteUri);
            Assert.True(served!.Status == 200, $"{path} answered {served.Status} with the cookie");
        }

        Assert.Equal((int)HttpStatusCode.OK, (await page.APIRequest.GetAsync(service.Page("/healthz").AbsoluteUri)).Status);
    }
}
