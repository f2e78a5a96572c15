using DeploymentWatch.Domain.Articles;

namespace DeploymentWatch.Domain.Tests.Articles;

public class SentenceSplitterTests
{
    [Fact]
    public void Split_AbbreviationsAndInitials_DoNotEndSentences()
    {
        var sentences = SentenceSplitter.Split("Mr. Zelensky met U.S. officials on Jan. 5 in Kyiv. The talks ended.");
        Assert.Equal(["Mr. Zelensky met U.S. officials on Jan. 5 in Kyiv.", "The talks ended."], sentences.Select(s => s.Text));
    }

    [Fact]
    public void Split_ClosingQuote_StaysWithItsSentence()
    {
        var sentences = SentenceSplitter.Split("He said: “It is our business.” Putin added more.");
        Assert.Equal("He said: “It is our business.”", sentences[0].Text);
        Assert.Equal("Putin added more.", sentences[1].Text);
    }

    [Fact]
    public void Split_LineBreaks_EndSentencesAndOffsetsPointIntoTheText()
    {
        const string text = "Heavy Casualties\nAbout 300 were killed. Another 2,700 were injured.";
        var sentences = SentenceSplitter.Split(text);
        Assert.Equal(3, sentences.Count);
        Assert.All(sentences, s => Assert.Equal(s.Text, text.Substring(s.Start, s.Text.Length)));
        Assert.Equal([0, 1, 2], sentences.Select(s => s.Index));
    }

    [Fact]
    public void Split_NumbersWithDecimals_AreNotSplit()
    {
        Assert.Single(SentenceSplitter.Split("The rate rose 2.5 percent in Seoul."));
    }

    [Fact]
    public void Split_EmptyText_GivesNoSentences()
    {
        Assert.Empty(SentenceSplitter.Split("  \n "));
    }
}
