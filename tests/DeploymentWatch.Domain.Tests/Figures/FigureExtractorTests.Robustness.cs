using System.Text;
using DeploymentWatch.Domain.Articles;

namespace DeploymentWatch.Domain.Tests.Figures;

/// <summary>Feed text is anything: the extractor must never throw and every figure must point at a real sentence.</summary>
public sealed partial class FigureExtractorTests
{
    [Fact]
    public void Extract_RandomFragmentsOfNewsText_NeverThrowsAndFiguresAreWellFormed()
    {
        string[] pieces =
        [
            "North Korea", "North Korean", "troops", "soldiers", "killed", "wounded", "or", "and", "about", "more than",
            "up to", "between", "to", "-", "–", ",", ".", ";", ":", "“", "”", "\"", "'s", "’s", "(", ")", "1,100", "11 000",
            "3,000-plus", "10,000-12,000", "2024", "two", "a dozen", "one", "twenty", "hundred", "$", "%", "the NIS said",
            "according to", "Kyiv", "Seoul, Washington and Kiev say", "briefed by", "the spy agency", "while", "\n", "é",
            "\uFFFE", "😀", "U.S.", "no.", "aged", "km", "plus", "or more", "of them", "frontline", "plans to send",
        ];
        var random = new Random(19);
        for (var round = 0; round < 500; round++)
        {
            var sb = new StringBuilder();
            for (var i = random.Next(0, 40); i > 0; i--)
            {
                sb.Append(pieces[random.Next(pieces.Length)]);
                sb.Append(random.Next(3) == 0 ? "" : " ");
            }

            var sentences = SentenceSplitter.Split(sb.ToString());

            var figures = Extractor.Extract(sentences);

            Assert.All(figures, f =>
            {
                Assert.InRange(f.SentenceIndex, 0, sentences.Count - 1);
                Assert.Equal(sentences[f.SentenceIndex].Text, f.Sentence);
                Assert.True(f.Low <= f.High && f.Low > 0, $"{f.Low}-{f.High} in: {f.Sentence}");
                Assert.NotEmpty(f.Sources);
            });
        }
    }

    [Fact]
    public void Extract_NoSentences_GivesNoFigures()
    {
        Assert.Empty(Extractor.Extract([]));
    }
}
