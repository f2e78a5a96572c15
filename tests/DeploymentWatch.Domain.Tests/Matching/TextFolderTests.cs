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
}
