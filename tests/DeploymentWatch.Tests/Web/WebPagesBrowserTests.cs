using Microsoft.Playwright;

namespace DeploymentWatch.Tests.Web;

/// <summary>The pages in headless Chromium after one cycle on the seeds: what an operator and an analyst see.</summary>
[Collection(BrowserGroup.Name)]
public sealed class WebPagesBrowserTests(BrowserFixture browser, SeededWebService seeded) : IClassFixture<SeededWebService>
{
    private WebTestService Service => seeded.Service;

    [Fact]
    public async Task Overview_AfterRunOnceOnSeeds_ListsTheFeedsWithTheFailingOneFirst()
    {
        var page = await browser.NewPageAsync();

        var response = await page.GotoAsync(Service.Page("/").AbsoluteUri);

        Assert.Equal(200, response!.Status);
        var rows = await page.Locator("#feeds tbody tr").AllInnerTextsAsync();
        Assert.Equal(2, rows.Count);
        Assert.StartsWith("unreachable", rows[0], StringComparison.Ordinal);
        Assert.Contains("Connection refused", rows[0], StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("seeds", rows[1], StringComparison.Ordinal);
        Assert.Equal("1", await page.Locator("#feeds tbody tr.failing td.num").InnerTextAsync());
        Assert.Contains("console:default", await page.Locator("#channels").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("printing to the terminal", await page.Locator("#platforms").InnerTextAsync(), StringComparison.Ordinal);
        await Screenshots.SaveAsync(page, "web-overview.png");
    }

    [Fact]
    public async Task Stories_AfterRunOnceOnSeeds_ShowsThreeStoriesNewestFirstWithAlsoReportedBy()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync(Service.Page("/stories").AbsoluteUri);

        var stories = page.Locator("article.story");
        Assert.Equal(3, await stories.CountAsync());
        var also = await page.Locator("article.story .also").AllInnerTextsAsync();
        var line = Assert.Single(also);
        Assert.StartsWith("Also reported by: Seed articles: ", line, StringComparison.Ordinal);
        Assert.Contains("2025", await stories.First.Locator(".muted").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("2024", await stories.Last.Locator(".muted").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("casualties", await stories.First.Locator(".topic").AllInnerTextsAsync());
        Assert.NotEmpty(await stories.First.Locator("ul.figures li").AllInnerTextsAsync());
        await Screenshots.SaveAsync(page, "web-stories.png");
    }

    [Fact]
    public async Task Stories_FilteredByTopic_ShowsOnlyStoriesWithIt()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync(Service.Page("/stories?topic=icbm-satellite").AbsoluteUri);

        var topics = await page.Locator("article.story").EvaluateAllAsync<string[]>("s => s.map(e => e.querySelector('p:nth-of-type(2)').innerText)");
        Assert.NotEmpty(topics);
        Assert.All(topics, t => Assert.Contains("icbm-satellite", t, StringComparison.Ordinal));
        Assert.True(await page.Locator("article.story").CountAsync() < 3);
    }

    [Fact]
    public async Task Figures_AfterRunOnceOnSeeds_ShowsTheDisagreementRangeAndAChartThatLoads()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync(Service.Page("/figures").AbsoluteUri);

        var casualties = page.Locator("section#casualties");
        Assert.Equal(
            "Sources disagree: estimates range from 1,100 (JCS) to 4,000 (Zelensky).",
            await casualties.Locator(".range").InnerTextAsync());
        var chart = casualties.Locator("img.chart");
        await chart.ScrollIntoViewIfNeededAsync();
        Assert.True(await chart.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "the chart image did not load");
        Assert.Equal(900, await chart.EvaluateAsync<int>("img => img.naturalWidth"));
        // The seed articles have no URL, so the article column names them without a link.
        Assert.All(await casualties.Locator("tbody tr td:last-child").AllInnerTextsAsync(), title => Assert.NotEmpty(title));

        // The metric's own page says the same; it is the README's screenshot (every metric at once is very long).
        await page.GotoAsync(Service.Page("/figures/casualties").AbsoluteUri);
        Assert.Contains("1,100 (JCS) to 4,000 (Zelensky)", await page.Locator(".range").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("img.chart").EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"));
        await Screenshots.SaveAsync(page, "web-figures.png");
    }

    [Fact]
    public async Task FigurePage_OneMetric_ShowsEverySourceWithQualifierDateAndOutlet()
    {
        var page = await browser.NewPageAsync();

        var response = await page.GotoAsync(Service.Page("/figures/killed").AbsoluteUri);

        Assert.Equal(200, response!.Status);
        var row = await page.Locator("section#killed tbody tr").First.Locator("td").AllInnerTextsAsync();
        Assert.Equal(["NIS", "about 300 killed", "about", "24 Jan 2025", "Seed articles"], row.Take(5));
        Assert.Equal(404, (await page.GotoAsync(Service.Page("/figures/kiled").AbsoluteUri))!.Status);
    }

    [Fact]
    public async Task Explain_PastedSeedArticle_ShowsWhatTheCommandShows()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(Service.Page("/explain").AbsoluteUri);
        var text = await File.ReadAllTextAsync(Path.Combine(TestKit.Repository.RepositoryPaths.Seeds, "001_db523159589ddc85.txt"));

        await page.FillAsync("#text", text);
        await page.ClickAsync("button[type=submit]");

        var shown = await page.Locator("pre").InnerTextAsync();
        Assert.Contains("troop-deployment", shown, StringComparison.Ordinal);
        Assert.Contains("MATCH", shown, StringComparison.Ordinal);
        Assert.Contains("killed: about 300 (about)", shown, StringComparison.Ordinal);
    }
}
