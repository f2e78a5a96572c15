using System.Globalization;
using System.Security;
using System.Text;

namespace DeploymentWatch.Benchmarks.Pipeline;

/// <summary>
/// Generated articles for the feed farm. On-topic story <c>s</c> (s ≥ 0) is a lead and a loss sentence written only
/// in the subject's own vocabulary (which story matching leaves out), with figures of its own, followed by names of
/// people and places made up for that story alone: different stories share no keyword and no figure, as different
/// events do, while copies of one story (the same story in other outlets) differ by one sentence, as wire copies do.
/// A negative story number is an off-topic article (local news that names no party to the war). Deterministic.
/// </summary>
internal static class FarmArticles
{
    private static readonly string[] Regions = ["Kursk", "Donetsk", "Donbas", "Ukraine", "the Far East"];
    private static readonly string[] Sources = ["the NIS", "Kyiv", "the JCS", "US officials", "the Pentagon"];
    private static readonly string[] Outlets = ["Yonhap", "Kyiv Independent", "NK News", "Reuters", "AP", "BBC", "Korea Herald", "DW"];
    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    private static readonly string[] Leads =
    [
        "North Korea deployed {T} troops to {R}, {S} said on {D}.",
        "Pyongyang dispatched {T} soldiers to fight for Russia in {R}, {S} said.",
        "{S} said {T} North Korean troops were stationed in {R} for Russia's war.",
        "{T} North Korean soldiers were deployed to the front line in {R}, {S} said on {D}.",
    ];

    private static readonly string[] Losses =
    [
        "{K} North Korean soldiers were killed and {W} wounded in {R}, {S2} said.",
        "{S2} said {K} North Korean troops were killed and {W} injured in Russia's war.",
        "North Korean losses in {R} reached {K} killed and {W} wounded, {S2} said.",
    ];

    // Sentences of made-up names ({N}); short words only besides them, so that the names are the story's keywords.
    private static readonly string[] Details =
    [
        "{N} {N} met {N} {N} at {N} and {N}.",
        "In {N}, {N} {N} and {N} {N} saw {N}.",
        "{N} {N} of {N} was at {N} with {N} {N}.",
        "The {N} and {N} {N} were at {N} on {D}.",
    ];

    private static readonly string[] OffTopic =
    [
        "The {N} city council approved a new budget for parks and libraries on {D}.",
        "Heavy rain is expected across {N} and {N} over the weekend, forecasters said.",
        "{N} {N} won the regional chess championship held in {N}.",
        "A new bakery opened on the main square of {N}, drawing long queues.",
        "Commuters in {N} faced delays after a signal fault near {N} station.",
        "The {N} museum will extend its opening hours during the summer festival.",
    ];

    private static readonly string[] Syllables =
    [
        "ka", "lo", "mir", "ta", "ven", "do", "ru", "sel", "na", "bor", "zi", "gan", "pe", "vol", "tu", "hel",
        "ra", "min", "so", "dar", "ke", "lun", "fa", "ros", "ni", "gol", "be", "tar", "vi", "mon", "je", "pol",
    ];

    /// <summary>The story's text as copy <paramref name="copy"/> tells it (copy 0 is the first report).</summary>
    public static (string Title, string Body) Story(int story, int copy)
    {
        var rng = new Random(story >= 0 ? story * 7919 + 17 : story);
        string Pick(string[] options) => options[rng.Next(options.Length)];
        if (story < 0)
        {
            var sentences = Enumerable.Range(0, 3).Select(_ => Pick(OffTopic)).ToArray();
            var text = Fill(string.Join(' ', sentences), rng, [], Pick(Days));
            return (text[..text.IndexOf('.', StringComparison.Ordinal)] + $" ({-story})", text);
        }

        // Figures of this story alone (within the ranges the stories of one run use).
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["{T}"] = (1_000 + story % 40_000 * 10).ToString("N0", CultureInfo.InvariantCulture),
            ["{K}"] = (100 + story % 40_000 * 7).ToString("N0", CultureInfo.InvariantCulture),
            ["{W}"] = (200 + story % 40_000 * 13).ToString("N0", CultureInfo.InvariantCulture),
            ["{R}"] = Pick(Regions),
            ["{S}"] = Pick(Sources),
            ["{S2}"] = Pick(Sources),
        };
        var body = new StringBuilder().Append(Pick(Leads)).Append(' ').Append(Pick(Losses));
        for (var i = 0; i < 8; i++)
        {
            body.Append(' ').Append(Pick(Details));
        }

        var copyRng = new Random(story * 31 + copy);
        body.Append(' ').Append(Outlets[copyRng.Next(Outlets.Length)]).Append(" edition ").Append(copy).Append('.');
        var filled = Fill(body.ToString(), rng, values, Pick(Days));
        return (filled[..filled.IndexOf(',', StringComparison.Ordinal)] + $" ({story})", filled);
    }

    private static string Fill(string template, Random rng, Dictionary<string, string> values, string day)
    {
        var text = values.Aggregate(template, (s, v) => s.Replace(v.Key, v.Value, StringComparison.Ordinal))
            .Replace("{D}", day, StringComparison.Ordinal);
        var filled = new StringBuilder();
        var at = 0;
        for (var next = text.IndexOf("{N}", StringComparison.Ordinal); next >= 0; next = text.IndexOf("{N}", at, StringComparison.Ordinal))
        {
            filled.Append(text, at, next - at).Append(Name(rng));
            at = next + 3;
        }

        filled.Append(text, at, text.Length - at);
        filled[0] = char.ToUpperInvariant(filled[0]);
        return filled.ToString();
    }

    // Three or four syllables: about a million names, so two stories rarely share one.
    private static string Name(Random rng)
    {
        var name = new StringBuilder();
        for (var i = 0; i < 3 + rng.Next(2); i++)
        {
            name.Append(Syllables[rng.Next(Syllables.Length)]);
        }

        name[0] = char.ToUpperInvariant(name[0]);
        return name.ToString();
    }

    /// <summary>An RSS document of the given items (guid, story, copy, published).</summary>
    public static string Rss(string title, IEnumerable<(string Guid, int Story, int Copy, DateTimeOffset Published)> items)
    {
        var rss = new StringBuilder();
        rss.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>")
            .Append(SecurityElement.Escape(title)).Append("</title><link>http://farm.example/</link><description>farm</description>");
        foreach (var (guid, story, copy, published) in items)
        {
            var (itemTitle, body) = Story(story, copy);
            rss.Append("<item><guid isPermaLink=\"false\">").Append(guid).Append("</guid><title>")
                .Append(SecurityElement.Escape(itemTitle)).Append(" – ").Append(copy)
                .Append("</title><link>http://farm.example/").Append(guid).Append("</link><pubDate>")
                .Append(published.ToString("r", CultureInfo.InvariantCulture)).Append("</pubDate><description>")
                .Append(SecurityElement.Escape(body)).Append("</description></item>");
        }

        return rss.Append("</channel></rss>").ToString();
    }
}
