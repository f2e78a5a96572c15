using DeploymentWatch.Domain.Articles;
using DeploymentWatch.Domain.Figures;
using DeploymentWatch.Domain.Profiles;
using DeploymentWatch.TestKit.Profiles;

namespace DeploymentWatch.Domain.Tests.Figures;

public class FigureExtractorSpeakerTests
{
    private static readonly FigureExtractor Extractor = new(new ProfileSet(
        [],
        [
            new SourceDefinition("ua-gov", "Kyiv", ["Kyiv", "Zelensky", "Zelenskyy", "Ukrainian President"])
            {
                Speakers = [new EntityDefinition("Zelensky", ["Zelensky", "Zelenskyy", "Volodymyr Zelensky"])],
            },
            new SourceDefinition("us-gov", "US", ["U.S. assessments", "Pentagon"]),
        ])
    {
        Figures = ShippedFigureVocabulary.Instance,
    });

    private static IReadOnlyList<Figure> Extract(string text) => Extractor.Extract(SentenceSplitter.Split(text));

    [Fact]
    public void Extract_FigureGivenByANamedSpeaker_KeepsTheSourceAndNamesThePerson()
    {
        var figures = Extract("Earlier claims from Ukrainian President Volodyr Zelenskyy suggested that the total casualties among North Korean troops could be around 4,000, although U.S. assessments were lower, estimating around 1,200.");
        var zelensky = Assert.Single(figures, f => f.Low == 4000);
        Assert.Equal(["ua-gov"], zelensky.Sources);
        Assert.Equal("Zelensky", zelensky.Speaker);
        Assert.Null(Assert.Single(figures, f => f.Low == 1200).Speaker);
    }

    [Fact]
    public void Extract_SourceWithoutAPerson_HasNoSpeaker()
    {
        var figure = Assert.Single(Extract("Kyiv says more than 3,000 North Korean soldiers have been killed or wounded."));
        Assert.Equal(["ua-gov"], figure.Sources);
        Assert.Null(figure.Speaker);
    }
}
