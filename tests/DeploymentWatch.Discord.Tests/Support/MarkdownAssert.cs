namespace DeploymentWatch.Discord.Tests.Support;

/// <summary>
/// Asserts that text shows literally in Discord: every inline markdown or mention character is backslash-escaped,
/// and so is a heading, quote or list marker at the start of a line.
/// </summary>
internal static class MarkdownAssert
{
    private const string Active = "*_~`|<@[]";
    private const string ActiveAtLineStart = "#>-";

    public static void Inert(string text)
    {
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var atLineStart = lineStart;
            lineStart = text[i] == '\n' || (lineStart && text[i] == ' ');
            if (text[i] == '\\')
            {
                Assert.True(i + 1 < text.Length && (char.IsPunctuation(text[i + 1]) || char.IsSymbol(text[i + 1])), $"dangling backslash at {i} in: {text}");
                i++;
                continue;
            }

            Assert.False(Active.Contains(text[i], StringComparison.Ordinal), $"unescaped '{text[i]}' at {i} in: {text}");
            Assert.False(atLineStart && ActiveAtLineStart.Contains(text[i], StringComparison.Ordinal), $"unescaped line-start '{text[i]}' at {i} in: {text}");
        }
    }

    /// <summary>What a reader sees: Discord drops the backslash before an escaped punctuation character.</summary>
    public static string Displayed(string text)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
            }

            builder.Append(text[i]);
        }

        return builder.ToString();
    }
}
