using DeploymentWatch.Domain.Matching;

namespace DeploymentWatch.Domain.Tests.Matching;

public sealed class TextFolderTests
{
    [Fact]
    public void Fold_NonCharacters_KeepsThemAndLength()
    {
        const string text = "a\uFFFEb\uFFFF\uFDD0";

        var folded = TextFolder.Fold(text);

        Assert.Equal(text, folded);
    }

    [Fact]
    public void Fold_DiacriticsDashesApostrophes_FoldsOneCharForOne()
    {
        var folded = TextFolder.Fold("Zelenskyy’s Café Kim Jong–un");

        Assert.Equal("zelenskyy's cafe kim jong un", folded);
    }

    [Fact]
    public void Fold_Span_SameAsFoldingTheString()
    {
        const string text = "The NIS said: Zelenskyy’s Café, Kim Jong–un.";

        Assert.Equal(TextFolder.Fold(text[4..20]), TextFolder.Fold(text.AsSpan(4, 16)));
    }
}
