using DeploymentWatch.Domain.Matching;
using DeploymentWatch.Domain.Profiles;

namespace DeploymentWatch.Domain.Stories;

/// <summary>
/// The words every article on the watched subject uses (the profiles' entities, triggers, context and source
/// names, and the words a count is given in): "North Korea", "troops", "Kursk", "NIS", "estimate" say nothing about
/// which event an article reports, so story
/// keywords leave them out. Built from the profiles, so another subject's profiles bring their own. A topic's
/// exclusions and ignore phrases are not among them: they name what the subject is not ("cruise missile", "kill
/// chain"), so their words ("rocket", "range", "ground") can tell one event from another.
/// </summary>
public sealed class StoryVocabulary
{
    private readonly HashSet<string> _words;

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _spans;

    private StoryVocabulary(HashSet<string> words)
    {
        _words = words;
        _spans = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>No subject words: keywords are only the text's words without the stop words.</summary>
    public static StoryVocabulary Empty { get; } = new([]);

    // The figure reader's words for how a count is given ("estimate", "figure", "toll"): every report of a count uses
    // them, so two reports that share only these are not one story.
    private static readonly string[] HowCountsAreGiven = ["estimate-words", "count-nouns"];

    public static StoryVocabulary From(ProfileSet profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var terms = profiles.Topics.SelectMany(t => t.Triggers
                .Concat(t.Context)
                .Concat(t.Entities.SelectMany(e => e.Aliases.Append(e.Name))))
            .Concat(profiles.Sources.SelectMany(s => s.Aliases
                .Append(s.DisplayName)
                .Concat(s.Speakers.SelectMany(e => e.Aliases.Append(e.Name)))))
            .Concat(HowCountsAreGiven.SelectMany(profiles.Figures.List));
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            foreach (var word in StoryText.Words(TextFolder.Fold(term)))
            {
                words.Add(word);
                words.Add(StoryText.Stem(word));
            }
        }

        return new StoryVocabulary(words);
    }

    public bool Contains(string word) => _words.Contains(word) || _words.Contains(StoryText.Stem(word));

    /// <summary><see cref="Contains(string)"/> for a word still in its text (no string made to look it up).</summary>
    public bool Contains(ReadOnlySpan<char> word) => _spans.Contains(word) || _spans.Contains(StoryText.Stem(word));
}
