using DeploymentWatch.Domain.Figures;
using DeploymentWatch.Domain.Matching;

namespace DeploymentWatch.Domain.Tests.Figures;

public sealed class QualifierDetectorTests
{
    [Theory]
    [InlineData("about 300", FigureQualifier.About)]
    [InlineData("around 300", FigureQualifier.About)]
    [InlineData("approximately 300", FigureQualifier.About)]
    [InlineData("some 300", FigureQualifier.About)]
    [InlineData("roughly 300", FigureQualifier.About)]
    [InlineData("an estimated 300", FigureQualifier.About)]
    [InlineData("more than 300", FigureQualifier.Over)]
    [InlineData("over 300", FigureQualifier.Over)]
    [InlineData("at least 300", FigureQualifier.Over)]
    [InlineData("in excess of 300", FigureQualifier.Over)]
    [InlineData("300-plus", FigureQualifier.Over)]
    [InlineData("fewer than 300", FigureQualifier.Under)]
    [InlineData("less than 300", FigureQualifier.Under)]
    [InlineData("up to 300", FigureQualifier.Under)]
    [InlineData("nearly 300", FigureQualifier.Under)]
    [InlineData("almost 300", FigureQualifier.Under)]
    [InlineData("the agency estimates 300", FigureQualifier.About)]
    [InlineData("an estimate of 300", FigureQualifier.About)]
    [InlineData("between 300 and 400", FigureQualifier.Exact)]
    [InlineData("300 to 400", FigureQualifier.Exact)]
    [InlineData("estimates put it at between 300 and 400", FigureQualifier.About)]
    [InlineData("an estimated 300 to 400", FigureQualifier.About)]
    [InlineData("closer to 300", FigureQualifier.About)]
    [InlineData("close to 300", FigureQualifier.Under)]
    [InlineData("more than 300 to 400", FigureQualifier.Over)]
    [InlineData("the agency counts 300", FigureQualifier.Exact)]
    [InlineData("casualties had climbed past 300", FigureQualifier.Over)]
    [InlineData("300 or more", FigureQualifier.Over)]
    [InlineData("300 and counting", FigureQualifier.Over)]
    [InlineData("in the region of 300", FigureQualifier.About)]
    [InlineData("on the order of 300", FigureQualifier.About)]
    [InlineData("as much as 300", FigureQualifier.Under)]
    [InlineData("300 more were sent", FigureQualifier.Exact)]
    [InlineData("another 300", FigureQualifier.Exact)]
    [InlineData("300", FigureQualifier.Exact)]
    [InlineData("handsome 300", FigureQualifier.Exact)]
    public void Detect_HedgeBeforeOrAfter_GivesQualifier(string text, FigureQualifier expected)
    {
        var folded = TextFolder.Fold(text);
        var mention = Assert.Single(NumberParser.Find(text, folded));

        Assert.Equal(expected, QualifierDetector.Detect(folded, mention));
    }
}
