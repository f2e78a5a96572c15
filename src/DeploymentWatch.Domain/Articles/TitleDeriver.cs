namespace DeploymentWatch.Domain.Articles;

/// <summary>A headline for an article that came without one: its first prose sentence, cut on a word.</summary>
public static class TitleDeriver
{
    public const int MaxLength = 120;

    public static string Derive(IReadOnlyList<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var first = sentences.FirstOrDefault(s => s.Text.Length >= 30)?.Text ?? (sentences.Count > 0 ? sentences[0].Text : "(untitled)");
        if (first.Length <= MaxLength)
        {
            return first;
        }

        var cut = first.LastIndexOf(' ', MaxLength - 1);
        return first[..(cut > 40 ? cut : MaxLength - 1)].TrimEnd(',', ';', ':') + "…";
    }
}
