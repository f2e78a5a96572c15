using DeploymentWatch.Domain.Figures;

namespace DeploymentWatch.Domain.Tests.Figures;

/// <summary>
/// A number of people shown on footage, at drills and parades, or sent only in a hypothetical ("if it were to send")
/// counts no soldiers sent or lost; the count of the same people sent, planned or killed beside it still does.
/// </summary>
public sealed partial class FigureExtractorTests
{
    [Theory]
    [InlineData("North Korean soldiers were deployed to Russia; 94 of them were shown on video released by Kyiv.")]
    [InlineData("North Korean troops sent to Kursk were filmed by a drone, and 40 of them can be seen crossing a field.")]
    [InlineData("Ukraine says North Korean troops are in Russia; 12 soldiers appear in the footage it released.")]
    [InlineData("North Korean troops in Russia held drills near Kursk, where 5,000 soldiers took part in the exercise.")]
    [InlineData("As its troops fight in Russia, North Korea said 3,000 soldiers marched through Pyongyang on Saturday.")]
    [InlineData("North Korean troops are in Russia. Drone video shows 30 North Korean soldiers in a forest near Kursk.")]
    [InlineData("As its troops fight in Russia, North Korea paraded 20,000 soldiers through Pyongyang.")]
    [InlineData("North Korea has sent troops to Russia. If North Korea were to send 100,000 troops, the war could change, analysts said.")]
    public void Extract_PeopleShownOrParaded_GivesNoFigure(string text)
    {
        Assert.Empty(Extract(text));
    }

    [Theory]
    [InlineData("North Korea has sent 94 soldiers to Kursk, video released by Kyiv shows.", FigureMetric.Troops, 94L)]
    [InlineData("Some 40 North Korean soldiers were killed in Kursk, Ukraine's military said, releasing drone footage.", FigureMetric.Killed, 40L)]
    [InlineData("About 5,000 North Korean troops were sent to Russia after the exercise, the NIS said.", FigureMetric.Troops, 5000L)]
    [InlineData("Video shows the convoy, and North Korea has sent 30,000 soldiers to Russia, Kyiv said.", FigureMetric.Troops, 30000L)]
    [InlineData("North Korea will send 6,000 more troops to Russia if Moscow asks, the NIS said.", FigureMetric.TroopsPlanned, 6000L)]
    public void Extract_CountBesideFootageOrDrills_IsStillAFigure(string text, FigureMetric metric, long value)
    {
        var figure = Assert.Single(Extract(text));
        Assert.Equal((metric, value), (figure.Metric, figure.Low));
    }
}
