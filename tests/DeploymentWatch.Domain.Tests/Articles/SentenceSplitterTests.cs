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

    [Theory]
    [InlineData("Troops left the port on Nov. 3.Officials said more would follow.", "Troops left the port on Nov. 3.", "Officials said more would follow.")]
    [InlineData("The brigade moved at night.Satellite images showed the convoy.", "The brigade moved at night.", "Satellite images showed the convoy.")]
    public void Split_FullStopWithoutSpace_StillEndsTheSentence(string text, string first, string second)
    {
        Assert.Equal([first, second], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("The U.S.Army sent observers to the drills.")]
    [InlineData("He met Mr.Kim in the capital.")]
    [InlineData("Version 2.0 of the report came out.")]
    public void Split_DotsInsideWords_DoNotEndSentences(string text)
    {
        Assert.Single(SentenceSplitter.Split(text));
    }

    [Fact]
    public void Split_SentenceCutLazily_EqualsOneBuiltFromItsText()
    {
        const string text = "Heavy Casualties\nAbout 300 were killed. Another 2,700 were injured.";

        var sentences = SentenceSplitter.Split(text);

        Assert.Equal([new Sentence(0, 0, "Heavy Casualties"), new Sentence(1, 17, "About 300 were killed."), new Sentence(2, 40, "Another 2,700 were injured.")], sentences);
        Assert.Equal(new Sentence(1, 17, "About 300 were killed.").GetHashCode(), sentences[1].GetHashCode());
        Assert.NotEqual(new Sentence(1, 17, "About 300 were killed!"), sentences[1]);
        Assert.Equal(67, sentences[2].End);
    }

    [Fact]
    public void Split_SentenceMovedWithWith_KeepsItsText()
    {
        var sentence = SentenceSplitter.Split("First one. Second one.")[1];

        var moved = sentence with { Index = 5, Start = 100 };

        Assert.Equal("Second one.", moved.Text);
        Assert.Equal(111, moved.End);
        Assert.Equal("Sentence { Index = 5, Start = 100, Text = Second one., End = 111 }", moved.ToString());
    }
}
