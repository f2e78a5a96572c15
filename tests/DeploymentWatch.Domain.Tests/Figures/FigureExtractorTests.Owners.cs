using DeploymentWatch.Domain.Figures;

namespace DeploymentWatch.Domain.Tests.Figures;

/// <summary>
/// Whose count it is and what it counts, when the words that say so stand apart from the number: an ally named after
/// "alongside", a loss verb refined by the noun after the number, a capture told in a relative clause, a new
/// contingent, a rotation, Russian ministers. Each with a near twin that must keep its old reading. Sentences are
/// written for these tests.
/// </summary>
public sealed partial class FigureExtractorTests
{
    [Theory]
    [InlineData("North Korean units fighting alongside Russian forces have suffered more than 6,000 casualties, Kyiv said.")]
    [InlineData("North Korean soldiers serving under Russian command have suffered more than 6,000 casualties, Kyiv said.")]
    public void Extract_OtherSideAfterAPreposition_LeavesTheCountNorthKorean(string sentence)
    {
        var figure = Assert.Single(Extract(sentence));

        Assert.Equal((FigureMetric.Casualties, 6000L, FigureQualifier.Over), (figure.Metric, figure.Low, figure.Qualifier));
        Assert.Equal(["ua-gov"], figure.Sources);
    }

    [Fact]
    public void Extract_OtherSideOwningTheLoss_IsStillNoFigure()
    {
        Assert.Empty(Extract("As North Korean units arrived, Russian forces have suffered more than 6,000 casualties, Kyiv said."));
    }

    [Theory]
    [InlineData("North Korea has lost about 2,000 soldiers killed in Russia's war, the spy agency said.", FigureMetric.Killed)]
    [InlineData("North Korea has lost about 2,000 troops wounded in Russia's war, the spy agency said.", FigureMetric.Wounded)]
    [InlineData("North Korea has lost about 2,000 soldiers in Russia's war, the spy agency said.", FigureMetric.Casualties)]
    [InlineData("North Korea has lost about 2,000 soldiers, killed or wounded, in Russia's war, the spy agency said.", FigureMetric.Casualties)]
    public void Extract_LostThenNounThenWhichLoss_TakesTheLossTheNounNames(string sentence, FigureMetric metric)
    {
        var figure = Assert.Single(Extract(sentence));

        Assert.Equal((metric, 2000L), (figure.Metric, figure.Low));
        Assert.Equal(["kr-nis"], figure.Sources);
    }

    [Theory]
    [InlineData("Kyiv says it is holding three soldiers from North Korea who were seized in combat across the border.")]
    [InlineData("Kyiv says it is holding three North Korean soldiers who were captured in combat near Kursk.")]
    public void Extract_CaptureInTheSoldiersRelativeClause_IsACapture(string sentence)
    {
        var figure = Assert.Single(Extract(sentence));

        Assert.Equal((FigureMetric.Captured, 3L), (figure.Metric, figure.Low));
        Assert.Equal(["ua-gov"], figure.Sources);
    }

    [Fact]
    public void Extract_LossInAnotherNounsRelativeClause_IsNotTheCountsLoss()
    {
        var figure = Assert.Single(Extract("Kyiv said 3,000 North Korean soldiers are fighting near the village that was captured in March."));

        Assert.Equal(FigureMetric.TroopsFrontline, figure.Metric);
    }

    [Theory]
    [InlineData("Moscow has received a new contingent of about 3,000 North Korean soldiers, NATO said.")]
    [InlineData("A fresh contingent of about 3,000 North Korean troops has arrived in Russia, NATO said.")]
    public void Extract_NewContingentOf_IsAnIncrement(string sentence)
    {
        var figure = Assert.Single(Extract(sentence));

        Assert.Equal((FigureMetric.TroopsAdditional, 3000L), (figure.Metric, figure.Low));
        Assert.Equal(["nato"], figure.Sources);
    }

    [Fact]
    public void Extract_ContingentAlone_IsATotal()
    {
        var figure = Assert.Single(Extract("North Korea's contingent of about 3,000 soldiers is based in Kursk, NATO said."));

        Assert.Equal(FigureMetric.Troops, figure.Metric);
    }

    [Fact]
    public void Extract_RotationTwoSentencesOn_IsADeployment()
    {
        var figure = Assert.Single(Extract(
            "Pyongyang is training replacements, the Pentagon said. Camps were expanded. The rotation would keep North Korea's presence at roughly 11,000 soldiers, the Pentagon said."));

        Assert.Equal((FigureMetric.Troops, 11000L), (figure.Metric, figure.Low));
        Assert.Equal(["us-gov"], figure.Sources);
    }

    [Fact]
    public void Extract_SoldiersWithoutAnyDeployment_AreNoFigure()
    {
        Assert.Empty(Extract("Pyongyang is training recruits, the Pentagon said. Camps were expanded. The army keeps about 11,000 North Korean soldiers near Wonsan, the Pentagon said."));
    }

    [Theory]
    [InlineData("North Korea will send 2,000 deminers to Russia's Kursk region, Russian Deputy Prime Minister Igor Salnikov said.")]
    [InlineData("North Korea will send 2,000 deminers to Russia's Kursk region, Russia's foreign ministry said.")]
    [InlineData("North Korea will send 2,000 deminers to Russia's Kursk region, TASS reported.")]
    public void Extract_RussianMinistersAndStateMedia_AreMoscow(string sentence)
    {
        var figure = Assert.Single(Extract(sentence));

        Assert.Equal((FigureMetric.TroopsPlanned, 2000L), (figure.Metric, figure.Low));
        Assert.Equal(["ru-gov"], figure.Sources);
    }

    [Fact]
    public void Extract_LostMenKilledAndWounded_IsCasualties()
    {
        var figure = Assert.Single(Extract("Zelensky said the North Korean contingent had lost more than 1,000 men killed and wounded since January."));

        Assert.Equal((FigureMetric.Casualties, 1000L), (figure.Metric, figure.Low));
    }

    [Fact]
    public void Extract_AttributionInsertedInTheRelativeClause_KeepsTheCapture()
    {
        var figure = Assert.Single(Extract(
            "Ukraine's security service began questioning three North Korean soldiers who, according to President Zelensky, were captured by paratroopers in Kursk."));

        Assert.Equal((FigureMetric.Captured, 3L), (figure.Metric, figure.Low));
        Assert.Equal(["ua-gov"], figure.Sources);
    }

    [Fact]
    public void Extract_FrontWordsTwelveWordsOn_PutTheCountAtTheFront()
    {
        var figure = Assert.Single(Extract(
            "NIS officials said about 2,000 of the North Korean troops now in Russia are engaged in combat along the Kursk front."));

        Assert.Equal(FigureMetric.TroopsFrontline, figure.Metric);
    }

    [Theory]
    [InlineData("North Korea is readying a new contingent of about 6,000 soldiers for Russia, the NIS said.")]
    [InlineData("North Korea is training a new group of up to 6,000 troops for deployment to Russia, the NIS said.")]
    [InlineData("A further 6,000 North Korean military builders will arrive in Kursk over the summer, the NIS said.")]
    public void Extract_ReadiedOrYetToArrive_IsAPlan(string sentence)
    {
        var figure = Assert.Single(Extract(sentence));

        Assert.Equal((FigureMetric.TroopsPlanned, 6000L), (figure.Metric, figure.Low));
    }

    [Fact]
    public void Extract_ArrivedAlready_IsNoPlan()
    {
        var figure = Assert.Single(Extract("A further 6,000 North Korean military builders arrived in Kursk over the summer, the NIS said."));

        Assert.Equal(FigureMetric.TroopsAdditional, figure.Metric);
    }

    [Fact]
    public void Extract_DownFromAnEarlierCount_CountsTheSame()
    {
        var figures = Extract("The spy agency believed 11,000 North Korean soldiers were now stationed in Russia, down from about 14,000 in February.");

        Assert.Equal(
            [(FigureMetric.Troops, 11000L, "kr-nis"), (FigureMetric.Troops, 14000L, "kr-nis")],
            figures.Select(f => (f.Metric, f.Low, f.Sources.Single())));
    }

    [Fact]
    public void Extract_TheFigureAgainInTheNextSentence_CountsWhatTheSentenceBeforeCounted()
    {
        var figures = Extract(
            "The NIS said North Korea has about 11,000 soldiers in Russia. South Korea's Joint Chiefs of Staff, in a separate report to the defence committee, put the figure lower, at around 10,000.");

        Assert.Equal(
            [(FigureMetric.Troops, 11000L, "kr-nis"), (FigureMetric.Troops, 10000L, "kr-jcs")],
            figures.Select(f => (f.Metric, f.Low, f.Sources.Single())));
    }

    [Fact]
    public void Extract_TheTrueNumberCloserTo_CountsWhatTheSentenceBeforeCounted()
    {
        var figures = Extract("The NIS said about 11,000 North Korean troops are in Russia. Ukraine's military intelligence says the true number is closer to 15,000.");

        Assert.Equal((FigureMetric.Troops, 15000L, FigureQualifier.About), (figures[1].Metric, figures[1].Low, figures[1].Qualifier));
        Assert.Equal(["ua-gov"], figures[1].Sources);
    }

    [Fact]
    public void Extract_ANumberWithoutACountNoun_TakesNothingFromTheSentenceBefore()
    {
        var figures = Extract("The NIS said about 11,000 North Korean troops are in Russia. Their trains run at around 60 km an hour.");

        Assert.Equal([11000L], figures.Select(f => f.Low));
    }

    [Theory]
    [InlineData("Pyongyang's state media said 312 soldiers had been honoured posthumously for their service in Russia.")]
    [InlineData("North Korea's official media said 312 fallen soldiers of the Kursk operation were given state honours.")]
    public void Extract_HonouredDead_AreKilledAndStateMediaIsPyongyang(string sentence)
    {
        var figure = Assert.Single(Extract(sentence));

        Assert.Equal((FigureMetric.Killed, 312L), (figure.Metric, figure.Low));
        Assert.Equal(["kp-gov"], figure.Sources);
    }

    [Fact]
    public void Extract_RussianStateMedia_IsMoscow()
    {
        var figure = Assert.Single(Extract("Russia's state media said 312 North Korean soldiers had been honoured posthumously in Kursk."));

        Assert.Equal(["ru-gov"], figure.Sources);
    }

    [Theory]
    [InlineData("Ukraine's general staff put the number higher. In a statement on Wednesday it said 2,100 North Korean troops had been killed.")]
    [InlineData("Ukraine's general staff issued a statement. Ukrainian forces killed 40 North Korean soldiers, according to the statement.")]
    [InlineData("Ukraine's general staff briefed reporters. Their assessment is that 2,100 North Korean troops had been killed.")]
    public void Extract_PronounOrDefiniteStatement_IsTheSourceNamedBefore(string text)
    {
        var figure = Assert.Single(Extract(text));

        Assert.Equal(["ua-gov"], figure.Sources);
    }

    [Fact]
    public void Extract_AccordingToReportsInThePlural_NamesNoSource()
    {
        var figure = Assert.Single(Extract("Ukraine's general staff issued a statement. Ukrainian forces killed 40 North Korean soldiers, according to reports."));

        Assert.Equal(["unattributed"], figure.Sources);
    }
}
