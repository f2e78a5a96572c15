namespace DeploymentWatch.Domain.Tests.Figures;

/// <summary>Numbers that are not counts of North Korean soldiers must give no figure.</summary>
public sealed partial class FigureExtractorTests
{
    [Theory]
    [InlineData("Russia has lost 700,000 troops since the start of the war, Ukraine says.")]
    [InlineData("Ukraine says Russian losses have passed 700,000, while North Korea keeps sending shells.")]
    [InlineData("About 3,000 Ukrainian soldiers were killed near Pokrovsk last month, according to Kyiv.")]
    [InlineData("More than 40,000 people have been killed in Gaza, according to the health ministry.")]
    [InlineData("In Sudan, at least 150,000 people have been killed since April 2023.")]
    [InlineData("North Korea condemned the war. More than 40,000 have been killed in Gaza, according to the health ministry.")]
    [InlineData("South Korea's parliament voted 204 to 85 to impeach President Yoon on Dec. 14.")]
    [InlineData("South Korea's opposition won 175 of the 300 seats in the National Assembly.")]
    [InlineData("Thousands of North Korean soldiers have been sent to Russia, and hundreds of casualties have been reported.")]
    [InlineData("Dozens of North Korean troops were killed, and tens of thousands more are in Russia.")]
    [InlineData("North Korea sent troops to Russia in 2024 and signed a defence pact with Moscow on June 19.")]
    [InlineData("Many of the North Korean soldiers sent to Russia are aged 20 or younger, the NIS said.")]
    [InlineData("The North Korean soldier captured in Kursk is 26 years old, Zelensky said.")]
    [InlineData("Russia has paid North Korea $20 million for the troops it sent, according to the NIS.")]
    [InlineData("North Korea fired 10 ballistic missiles into the sea on Monday, Seoul's military said.")]
    [InlineData("North Korea launched two short-range missiles that flew 350 km, the JCS said.")]
    [InlineData("North Korea has about 1.2 million active-duty soldiers.")]
    [InlineData("The 2018-2019 talks between Kim and Trump collapsed.")]
    [InlineData("North Korea has sent troops to Russia for four months, the JCS said.")]
    [InlineData("About 28,500 U.S. troops are stationed in South Korea to deter North Korea.")]
    [InlineData("The F-16 jets and 31 Abrams tanks were sent to Ukraine, while North Korea sent troops to Russia.")]
    [InlineData("Some 90% of the North Korean troops in Kursk are special forces, the NIS said.")]
    [InlineData("North Korea fired two ICBMs on Thursday; one flew 1,000 km before landing in the sea.")]
    [InlineData("North Korea launched a Hwasong-19 ICBM that flew for 86 minutes and reached an altitude of 7,000 km.")]
    [InlineData("North Korea has 1,000 missiles and 12,000 artillery pieces along the border, analysts say.")]
    [InlineData("North Korea has shipped more than 20,000 containers of munitions to Russia, the NIS said.")]
    [InlineData("North Korea's economy grew 3.7% last year, the Bank of Korea said.")]
    [InlineData("About 1,000 North Korean defectors arrived in the South in 2023, the Unification Ministry said.")]
    [InlineData("North Korean leader Kim Jong Un, 41, oversaw the launch.")]
    [InlineData("North Korea has 25 million people, according to UN estimates.")]
    [InlineData("More than 500 South Korean soldiers took part in the drills near the DMZ.")]
    [InlineData("North Korea sent troops to Russia. Israel says 1,200 people were killed on Oct. 7.")]
    [InlineData("North Korea sent troops to Russia. Meanwhile 35 people were injured in a bus crash in Busan.")]
    [InlineData("Some 2 million Ukrainians have fled the war, while North Korea sent troops.")]
    [InlineData("The U.S. has 28,500 troops in South Korea, while North Korea has deployed troops to Russia.")]
    [InlineData("North Korea sent 2 million artillery shells to Russia.")]
    public void Extract_NotANorthKoreanSoldierCount_GivesNoFigure(string text)
    {
        Assert.Empty(Extract(text));
    }
}
