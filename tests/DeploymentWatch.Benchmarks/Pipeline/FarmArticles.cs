using System.Globalization;
using System.Security;
using System.Text;

namespace DeploymentWatch.Benchmarks.Pipeline;

/// <summary>
/// Generated on-topic articles for the feed farm: story <c>s</c> is a lead with its own figures and sources plus
/// sentences drawn from a pool, so different stories share little text and no pair of figures; its copies (the
/// same story in other outlets) differ by one sentence, as wire copies do. Deterministic per story number.
/// </summary>
internal static class FarmArticles
{
    private static readonly string[] Regions = ["Kursk", "Belgorod", "Bryansk", "Donetsk", "Zaporizhzhia", "Kherson", "Luhansk", "Rostov"];
    private static readonly string[] Sources = ["the NIS", "Kyiv", "the JCS", "US officials", "Western officials", "NATO"];
    private static readonly string[] Outlets = ["Yonhap", "Kyiv Independent", "NK News", "Reuters", "AP", "BBC", "Korea Herald", "DW"];

    private static readonly string[] Leads =
    [
        "North Korea has sent about {T} soldiers to Russia's {R} region, {S} said on {D}.",
        "Pyongyang deployed roughly {T} troops to fight alongside Russian forces near {R}, according to {S}.",
        "{S} said around {T} North Korean troops are now stationed in {R} to support Moscow's war against Ukraine.",
        "An estimated {T} North Korean soldiers were moved to the front in {R} this week, {S} reported.",
    ];

    private static readonly string[] Losses =
    [
        "About {K} North Korean soldiers have been killed and {W} wounded in fighting around {R}, {S2} said.",
        "{S2} estimated that {K} North Korean troops were killed and {W} injured in {R}.",
        "North Korean losses in {R} have reached about {K} killed and {W} wounded, according to {S2}.",
    ];

    private static readonly string[] Pool =
    [
        "Units were seen moving by rail through {C} late on {D}.",
        "Satellite images showed new barracks near {C} airfield.",
        "Officials in Seoul declined to comment on the report about {C}.",
        "The Kremlin has not confirmed the presence of foreign troops near {C}.",
        "Analysts said the deployment could be rotated in the spring after training at {C}.",
        "Ukrainian drone footage published on {D} appeared to show columns near {C}.",
        "The troops reportedly received Russian uniforms and documents issued in {C}.",
        "A lawmaker briefed by the intelligence service described heavy shelling around {C}.",
        "Local residents in {C} reported convoys on the main highway overnight.",
        "Military observers noted artillery duels continuing along the {C} sector.",
        "The foreign ministry in Seoul summoned the Russian ambassador over events in {C}.",
        "Drone strikes near {C} were reported by regional authorities on {D}.",
        "Training grounds close to {C} were expanded over the summer, images suggest.",
        "Reports from {C} could not be independently verified.",
        "Engineers were said to be building field fortifications outside {C}.",
        "A prisoner exchange involving soldiers captured near {C} was discussed on {D}.",
    ];

    private static readonly string[] Cities = ["Sudzha", "Korenevo", "Lgov", "Rylsk", "Oboyan", "Kurchatov", "Glushkovo", "Tetkino", "Lyubimovka", "Plekhovo", "Zelenyi Shlyakh", "Pogrebki"];
    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    /// <summary>The story's text as copy <paramref name="copy"/> tells it (copy 0 is the first report).</summary>
    public static (string Title, string Body) Story(int story, int copy)
    {
        var rng = new Random(story * 7919 + 17);
        string Pick(string[] options) => options[rng.Next(options.Length)];
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["{T}"] = (1_000 + rng.Next(140) * 100).ToString("N0", CultureInfo.InvariantCulture),
            ["{K}"] = (100 + rng.Next(290) * 10).ToString("N0", CultureInfo.InvariantCulture),
            ["{W}"] = (200 + rng.Next(380) * 10).ToString("N0", CultureInfo.InvariantCulture),
            ["{R}"] = Pick(Regions),
            ["{S}"] = Pick(Sources),
            ["{S2}"] = Pick(Sources),
            ["{D}"] = Pick(Days),
        };
        var sentences = new List<string> { Pick(Leads), Pick(Losses) };
        sentences.AddRange(Enumerable.Range(0, 4).Select(_ => Pick(Pool).Replace("{C}", Pick(Cities), StringComparison.Ordinal)));
        var copyRng = new Random(story * 31 + copy);
        sentences.Add($"{Outlets[copyRng.Next(Outlets.Length)]} contributed reporting from {Cities[copyRng.Next(Cities.Length)]}, edition {copy}.");
        var text = new StringBuilder();
        foreach (var sentence in sentences)
        {
            var filled = values.Aggregate(sentence, (s, v) => s.Replace(v.Key, v.Value, StringComparison.Ordinal));
            text.Append(char.ToUpperInvariant(filled[0])).Append(filled.AsSpan(1)).Append(' ');
        }

        var body = text.ToString().Trim();
        return (body[..body.IndexOf(',', StringComparison.Ordinal)] + $" ({story})", body);
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
