using DeploymentWatch.Domain.Evaluation;

namespace DeploymentWatch.Domain.Tests.Evaluation;

public sealed class EvaluationFloorsTests
{
    private static readonly EvaluationReport Report = new(
        [], new PrecisionRecall(9, 10, 10), new PrecisionRecall(5, 10, 10), new PrecisionRecall(6, 10, 10), 1.0,
        new PrecisionRecall(8, 8, 10), []);

    [Fact]
    public void Parse_AllThree_ReadsEach()
    {
        var floors = EvaluationFloors.Parse("topics=0.95, figures=0.5,stories=0.9");

        Assert.Equal(new EvaluationFloors(0.95, 0.5, 0.9), floors);
    }

    [Theory]
    [InlineData("topics=high")]
    [InlineData("topics=1.5")]
    [InlineData("recall=0.5")]
    [InlineData("topics")]
    [InlineData("")]
    public void Parse_BadText_ThrowsNamingThePart(string text)
    {
        var error = Assert.Throws<FormatException>(() => EvaluationFloors.Parse(text));

        Assert.NotEmpty(error.Message);
    }

    [Fact]
    public void Shortfalls_ScoresAtOrAboveTheFloors_None()
    {
        Assert.Empty(new EvaluationFloors(0.9, 0.5, 0.888).Shortfalls(Report));
    }

    [Fact]
    public void Shortfalls_ScoreBelowItsFloor_NamesIt()
    {
        var shortfalls = new EvaluationFloors(null, 0.6, 0.95).Shortfalls(Report);

        Assert.Equal(["figures 0.500 < 0.600", "stories 0.889 < 0.950"], shortfalls);
    }
}
