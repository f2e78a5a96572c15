using System.Text;

namespace DeploymentWatch.Benchmarks.Matching;

/// <summary>
/// A deterministic corpus of article-like text (seeded <see cref="Random"/>): sentence templates filled with
/// on-topic vocabulary (North Korean troops, casualties, sources, figures) and off-topic news (markets, sport,
/// weather, domestic politics), split into articles of 15–40 sentences. Same seed, same text, every run.
/// </summary>
public static class BenchmarkCorpus
{
    public const int Seed = 20241223;
    public const int TargetChars = 2_000_000;

    private static readonly string[] OnTopic =
    [
        "{nk} has sent {q} {n} {troops} to {place}, {src} said.",
        "{q} {n} {nkadj} {troops} have been {cas} in {place}, according to {src}.",
        "{src} said {nkadj} {troops} suffered {q} {n} casualties in fighting near {place}.",
        "{q} {n} {nkadj} {troops} were killed with another {n} injured, a lawmaker briefed by the spy agency said.",
        "{nk} is preparing to launch a spy satellite and an intercontinental ballistic missile, the JCS said.",
        "Kim Jong-un inspected a unit bound for {place}, state media KCNA reported on {day}.",
        "Zelenskyy’s office said {nkadj} soldiers were captured in {place} and questioned by the SBU.",
        "The deployment of {nkadj} {troops} to the frontline in {place} signals a deepening alliance with Moscow.",
        "{src} estimates that {nk} could send up to {n} more {troops} by the end of the year.",
        "Analysts in Seoul say Pyongyang gains combat experience and technology in return for the troops.",
    ];

    private static readonly string[] OffTopic =
    [
        "Shares in {company} rose {pct} percent on {day} after quarterly earnings beat forecasts.",
        "The central bank kept its benchmark rate at {pct} percent, citing sticky inflation in services.",
        "{team} beat {team2} {score} in front of {n} fans at the national stadium on {day}.",
        "Heavy rain is forecast across the southern provinces, with up to {pct} centimetres expected by {day}.",
        "The opposition party won {small} of the 300 seats, and the prime minister promised a cabinet reshuffle.",
        "Tennis star Kimberly Nisbet reached the quarter-finals after a three-set win in Melbourne.",
        "Café owners in Montréal protested against new rules on terrace licences and late opening hours.",
        "The ministry said exports of semiconductors grew for the {small}th month in a row in {month}.",
        "Officials in Brussels and Washington discussed tariffs on steel, aluminium and electric vehicles.",
        "The festival drew {n} visitors over the weekend, organisers said, despite the cold weather.",
    ];

    private static readonly Dictionary<string, string[]> Slots = new(StringComparer.Ordinal)
    {
        ["nk"] = ["North Korea", "Pyongyang", "The North", "North Korea's military", "Kim Jong Un's regime", "The DPRK"],
        ["nkadj"] = ["North Korean", "DPRK", "Pyongyang's"],
        ["troops"] = ["troops", "soldiers", "servicemen", "special forces troops", "military personnel"],
        ["place"] = ["Russia", "Kursk", "the Kursk region", "Russia's far east", "Donetsk", "Vladivostok", "Primorsky Krai"],
        ["src"] = ["the NIS", "South Korea's Joint Chiefs of Staff", "the Pentagon", "Kyiv", "Western officials", "NATO", "Ukraine's military intelligence", "the presidential office"],
        ["q"] = ["about", "more than", "some", "roughly", "at least", "up to", "nearly", "an estimated", "around"],
        ["cas"] = ["killed", "wounded", "killed or wounded", "captured", "injured"],
        ["day"] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
        ["month"] = ["January", "March", "June", "October"],
        ["company"] = ["Samsung Electronics", "Hyundai Motor", "SK Hynix", "LG Energy Solution", "Naver"],
        ["team"] = ["Ulsan", "Jeonbuk", "Pohang", "Seoul FC"],
        ["team2"] = ["Daegu", "Incheon", "Suwon", "Gwangju"],
    };

    private static readonly Lazy<IReadOnlyList<string>> Cached = new(() => Generate(Seed, TargetChars));

    /// <summary>The articles of the standard benchmark corpus.</summary>
    public static IReadOnlyList<string> Articles => Cached.Value;

    /// <summary>Size of the corpus in UTF-8 bytes, the unit of the MB/s column.</summary>
    public static long Utf8Bytes => Articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a));

    public static IReadOnlyList<string> Generate(int seed, int targetChars)
    {
        var random = new Random(seed);
        var articles = new List<string>();
        var total = 0;
        while (total < targetChars)
        {
            var sb = new StringBuilder();
            var onTopicShare = random.NextDouble() < 0.4 ? 0.6 : 0.05;
            var sentences = random.Next(15, 41);
            for (var s = 0; s < sentences; s++)
            {
                var templates = random.NextDouble() < onTopicShare ? OnTopic : OffTopic;
                sb.Append(Fill(templates[random.Next(templates.Length)], random));
                sb.Append(random.Next(4) == 0 ? '\n' : ' ');
            }

            var article = sb.ToString().TrimEnd();
            articles.Add(article);
            total += article.Length;
        }

        return articles;
    }

    private static string Fill(string template, Random random)
    {
        var sb = new StringBuilder(template.Length + 40);
        var i = 0;
        while (i < template.Length)
        {
            if (template[i] != '{')
            {
                sb.Append(template[i++]);
                continue;
            }

            var close = template.IndexOf('}', i);
            var slot = template[(i + 1)..close];
            sb.Append(slot switch
            {
                "n" => random.Next(2, 15_000).ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                "small" => random.Next(2, 200).ToString(System.Globalization.CultureInfo.InvariantCulture),
                "pct" => random.Next(1, 40).ToString(System.Globalization.CultureInfo.InvariantCulture),
                "score" => $"{random.Next(0, 5)}-{random.Next(0, 5)}",
                _ => Slots[slot][random.Next(Slots[slot].Length)],
            });
            i = close + 1;
        }

        return sb.ToString();
    }
}
