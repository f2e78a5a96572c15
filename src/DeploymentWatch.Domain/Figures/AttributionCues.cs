namespace DeploymentWatch.Domain.Figures;

/// <summary>The words that introduce a source: "X said", "U.S. assessments", "according to X", "briefed by X".</summary>
internal static class AttributionCues
{
    /// <summary>Everything a word can be to the attributor, in one lookup (the hot loop asks once per word).</summary>
    [Flags]
    public enum Role
    {
        None = 0,
        Speech = 1,
        SourceNoun = 2,
        Contrast = 4,
    }

    public static Role RoleOf(ReadOnlySpan<char> word) => RolesLookup.TryGetValue(word, out var role) ? role : Role.None;
    public static bool IsSpeechVerb(ReadOnlySpan<char> word) => SpeechVerbsLookup.Contains(word);

    public static bool IsSourceNoun(ReadOnlySpan<char> word) => SourceNounsLookup.Contains(word);

    public static bool IsByOrFromHead(ReadOnlySpan<char> word) => ByOrFromHeadsLookup.Contains(word);

    public static bool IsStopWord(ReadOnlySpan<char> word) => StopWordsLookup.Contains(word);

    public static bool IsContrastWord(ReadOnlySpan<char> word) => ContrastWordsLookup.Contains(word);

    public static bool IsAgentNoun(ReadOnlySpan<char> word) => AgentNounsLookup.Contains(word);

    public static bool IsAuxiliary(ReadOnlySpan<char> word) => AuxiliariesLookup.Contains(word);

    public static bool IsDescribedByOfficial(ReadOnlySpan<char> word) => DescribedByOfficialLookup.Contains(word);

    /// <summary>Speech verbs that are also ordinary verbs ("saw", "put", "raised"): weaker evidence of a speaker.</summary>
    public static bool IsWeakSpeechVerb(ReadOnlySpan<char> word) =>
        word is "saw" or "sees" or "put" or "puts" or "raised" or "raises" or "counts" or "counted" or "believe" or "believes" or "believed"
                || word is "gave" or "gives";

    /// <summary>Nouns "official" describes as an adjective ("official name"), where it names no speaker.</summary>
    private static readonly HashSet<string> DescribedByOfficial = new(StringComparer.Ordinal)
    {
        "name", "names", "title", "visit", "visits", "media", "newspaper", "news", "channel", "channels", "language",
        "residence", "ceremony", "trip", "website", "account", "records", "record", "documents", "document", "status",
    };

    /// <summary>Nouns a definite phrase refers back to a speaker with: "the agency said", "the official added".</summary>
    private static readonly HashSet<string> AgentNouns = new(StringComparer.Ordinal)
    {
        "agency", "ministry", "official", "officials", "spokesman", "spokeswoman", "spokesperson", "president",
        "military", "service", "army", "government", "office", "minister", "source", "sources", "intelligence",
        "directorate", "command", "staff", "pentagon", "department", "lawmaker", "lawmakers", "committee", "chief",
        "general", "commander", "secretary", "kremlin", "alliance",
    };

    /// <summary>Words between a speaker and the speech verb: "the ministry has told", "the agency also said", "Seoul itself says".</summary>
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "has", "have", "had", "also", "reportedly", "previously", "earlier", "recently", "later", "separately",
        "then", "publicly", "officially", "repeatedly", "already", "further", "now", "again", "once", "first",

        // "North Korea itself has said": an intensive pronoun after the subject.
        "itself", "himself", "herself", "themselves",
    };

    /// <summary>Verbs whose subject (before them) or, when inverted ("…, said the JCS"), object is the source.</summary>
    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "say", "saying", "told", "tells", "stated", "states", "reported", "estimated", "estimates",
        "estimate", "assessed", "assesses", "assess", "believes", "believe", "believed", "announced", "claimed", "claims", "added",
        "noted", "confirmed", "confirms", "warned", "revealed", "disclosed", "stressed", "insisted", "acknowledged",
        "explained", "wrote", "posted", "briefed", "informed", "puts", "put", "counts", "counted", "raised", "raises",
        "sees", "saw", "tallied", "cited", "quoted", "gave", "gives",
    };

    /// <summary>Nouns that carry their source before them: "U.S. assessments", "Western officials".</summary>
    private static readonly HashSet<string> SourceNouns = new(StringComparer.Ordinal)
    {
        "assessments", "assessment", "intelligence", "officials", "official", "data", "figures", "sources", "analysis",
        "count", "tally", "estimate", "estimates", "announcement",
    };

    /// <summary>Words after which "by" or "from" names the source: "a report by", "intelligence from".</summary>
    private static readonly HashSet<string> ByOrFromHeads = new(StringComparer.Ordinal)
    {
        "report", "reports", "reported", "briefing", "briefings", "estimated", "estimate", "estimates", "cited", "quoted", "indicated", "said",
        "released", "issued", "provided", "assessment", "assessments", "analysis", "statement", "briefed", "intelligence",
        "claims", "claim", "data", "figures", "information", "officials", "confirmed", "published", "compiled",
        "given", "provided", "offered", "put", "made", "announced", "stated", "shared", "disclosed", "revealed",
    };

    /// <summary>Words that end the phrase naming a source.</summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "that", "while", "although", "whereas", "but", "which", "who", "when", "after", "before", "because", "since",
        "if", "as", "suggested", "showed", "shows", "indicated", "suggests", "were", "was", "is", "are", "have", "has",
        "had",
    };

    /// <summary>Words that split a sentence into parts whose numbers keep their own sources ("Kyiv says …, while the NIS said …").</summary>
    private static readonly HashSet<string> ContrastWords = new(StringComparer.Ordinal)
    {
        "while", "although", "whereas", "but", "though",
    };

    // Declared after the sets: static fields initialise in text order.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechVerbsLookup = SpeechVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SourceNounsLookup = SourceNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ByOrFromHeadsLookup = ByOrFromHeads.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordsLookup = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ContrastWordsLookup = ContrastWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AgentNounsLookup = AgentNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AuxiliariesLookup = Auxiliaries.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DescribedByOfficialLookup =
        DescribedByOfficial.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, Role> Roles = BuildRoles();

    private static readonly Dictionary<string, Role>.AlternateLookup<ReadOnlySpan<char>> RolesLookup = Roles.GetAlternateLookup<ReadOnlySpan<char>>();

    private static Dictionary<string, Role> BuildRoles()
    {
        var roles = new Dictionary<string, Role>(StringComparer.Ordinal);
        foreach (var (words, role) in new[] { (SpeechVerbs, Role.Speech), (SourceNouns, Role.SourceNoun), (ContrastWords, Role.Contrast) })
        {
            foreach (var word in words)
            {
                roles[word] = roles.GetValueOrDefault(word) | role;
            }
        }

        return roles;
    }
}
