using DeploymentWatch.Domain.Figures;
using DeploymentWatch.Evaluation;

namespace DeploymentWatch.Tests.Evaluation;

public sealed class GoldFileReaderTests
{
    [Fact]
    public void Read_SeedGold_ReadsEveryArticleAndFigure()
    {
        var gold = GoldFileReader.Read(Path.Combine(FindSeeds(), "gold.yaml"));

        Assert.Equal(5, gold.Count);
        Assert.Equal(24, gold.Sum(a => a.Figures.Count));
        var first = gold[0];
        Assert.Equal("000_e34054a2cc8f99e7.txt", first.File);
        Assert.Equal(new DateOnly(2024, 12, 23), first.Published);
        Assert.Equal("jcs-casualty-estimate-2024-12", first.Story);
        Assert.Equal(["troop-deployment", "casualties"], first.Topics);
        Assert.Equal((FigureMetric.Casualties, 1000L, 1000L, FigureQualifier.Over), (first.Figures[0].Metric, first.Figures[0].Low, first.Figures[0].High, first.Figures[0].Qualifier));
        var range = gold.Single(a => a.File.StartsWith("003", StringComparison.Ordinal)).Figures[0];
        Assert.Equal((10000L, 12000L), (range.Low, range.High));
        Assert.Equal(["us-gov", "kr-gov", "ua-gov"], range.Sources);
    }

    [Fact]
    public void Parse_NoFiguresAndNoTopics_GivesEmptyLists()
    {
        var gold = Parse("articles:\n  - file: a.txt\n    topics: []\n");

        var article = Assert.Single(gold);
        Assert.Empty(article.Topics);
        Assert.Empty(article.Figures);
        Assert.Null(article.Story);
    }

    [Fact]
    public void Parse_FigureWithoutQualifierOrSources_IsExactAndUnattributed()
    {
        var figure = Assert.Single(Assert.Single(Parse("articles:\n  - file: a.txt\n    figures:\n      - {metric: killed, value: 300}\n")).Figures);

        Assert.Equal(FigureQualifier.Exact, figure.Qualifier);
        Assert.Equal(["unattributed"], figure.Sources);
    }

    [Theory]
    [InlineData("published: null")]
    [InlineData("published: ~")]
    [InlineData("published:")]
    public void Parse_PublishedNull_IsUndated(string line)
    {
        Assert.Null(Assert.Single(Parse($"articles:\n  - file: a.txt\n    {line}\n")).Published);
    }

    [Fact]
    public void Parse_PublishedQuotedNull_IsNoDate()
    {
        var ex = Assert.Throws<GoldFileException>(() => Parse("articles:\n  - file: a.txt\n    published: 'null'\n"));

        Assert.Contains("'published' must be a date", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("articles:\n  - file: a.txt\n    figures:\n      - {metric: dead, value: 300}\n", ":4:", "unknown metric 'dead'")]
    [InlineData("articles:\n  - file: a.txt\n    figures:\n      - {metric: killed, low: 300}\n", ":4:", "either 'value' or both 'low' and 'high'")]
    [InlineData("articles:\n  - file: a.txt\n    figures:\n      - {metric: killed, low: 300, high: 200}\n", ":4:", "low 300 is above high 200")]
    [InlineData("articles:\n  - file: a.txt\n    topic: [casualties]\n", ":3:", "unknown key 'topic'")]
    [InlineData("articles:\n  - file: a.txt\n    published: 23/12/2024\n", ":3:", "'published' must be a date")]
    [InlineData("articles:\n  - file: a.txt\n  - file: a.txt\n", ":3:", "listed twice")]
    [InlineData("articles:\n  - published: 2024-12-23\n", ":2:", "'file' is required")]
    [InlineData("articles: [\n", "gold.yaml:", "")]
    public void Parse_BadGold_ThrowsWithFileAndLine(string yaml, string location, string message)
    {
        var ex = Assert.Throws<GoldFileException>(() => Parse(yaml));

        Assert.StartsWith("gold.yaml", ex.Message, StringComparison.Ordinal);
        Assert.Contains(location, ex.Message, StringComparison.Ordinal);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingFile_ThrowsWithPath()
    {
        var ex = Assert.Throws<GoldFileException>(() => GoldFileReader.Read("/nonexistent/gold.yaml"));

        Assert.Contains("/nonexistent/gold.yaml", ex.Message, StringComparison.Ordinal);
    }

    private static IReadOnlyList<Domain.Evaluation.GoldArticle> Parse(string yaml)
    {
        using var reader = new StringReader(yaml);
        return GoldFileReader.Parse(reader, "gold.yaml");
    }

    private static string FindSeeds()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "seeds", "gold.yaml")))
            {
                return Path.Combine(dir.FullName, "seeds");
            }
        }

        throw new DirectoryNotFoundException("seeds/gold.yaml not found above " + AppContext.BaseDirectory);
    }
}
