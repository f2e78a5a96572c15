using DeploymentWatch.Domain.Figures;

namespace DeploymentWatch.Domain.Tests.Figures;

/// <summary>Whole-word phrase search in a folded sentence, bounded on both sides.</summary>
public class PhrasesTests
{
    private static readonly string[] Verbs = ["replace", "make up for"];

    [Theory]
    [InlineData("sent to replace troops killed", true)]
    [InlineData("sent to make up for losses", true)]
    [InlineData("2,500 replacements were sent", false)]
    [InlineData("they will remake up for it", false)]
    [InlineData("replace", true)]
    public void HasAnyWords_WholeWordsOnly(string folded, bool expected)
    {
        Assert.Equal(expected, Phrases.HasAnyWords(folded, 0, folded.Length, Verbs));
    }

    [Fact]
    public void HasAnyWords_PhraseEndingPastTheRange_IsNotFound()
    {
        const string folded = "sent to replace troops";

        Assert.False(Phrases.HasAnyWords(folded, 0, folded.IndexOf("lace", StringComparison.Ordinal), Verbs));
        Assert.False(Phrases.HasAnyWords(folded, folded.IndexOf("troops", StringComparison.Ordinal), folded.Length, Verbs));
    }
}
