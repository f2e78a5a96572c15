namespace DeploymentWatch.Domain.Articles;

/// <summary>One sentence of an article's text, with its offset in that text.</summary>
public sealed record Sentence(int Index, int Start, string Text)
{
    public int End => Start + Text.Length;
}
