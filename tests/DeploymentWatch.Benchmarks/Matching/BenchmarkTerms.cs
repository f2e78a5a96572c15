using System.Text;

namespace DeploymentWatch.Benchmarks.Matching;

/// <summary>
/// Term lists for the matcher benchmarks: the shipped profiles' size (the entity aliases, triggers, context terms,
/// exclusions and source aliases of config/profiles.yaml, about 190 terms) and 1,000 aliases (those plus
/// deterministic generated names: people, units, places, as a large watch list would hold).
/// </summary>
public static class BenchmarkTerms
{
    public static IReadOnlyList<string> Shipped { get; } =
    [
        "North Korea", "North Korean", "North Koreans", "North Korea's", "DPRK", "Pyongyang", "Pyongyang's", "Kim Jong Un",
        "Kim Jong-un", "Kim Jong Un's", "Democratic People's Republic of Korea", "the North", "troops", "troop", "soldiers",
        "soldier", "military personnel", "military units", "army units", "units", "officers", "servicemen", "combat troops",
        "special forces", "Storm Corps", "battalions", "brigades", "mercenaries", "deploy", "deploys", "deployed",
        "deploying", "deployment", "deployments", "dispatch", "dispatched", "dispatching", "stationed", "reinforce",
        "reinforcements", "rotational", "frontline", "frontlines", "front line", "front lines", "engaged in combat",
        "fighting", "fought", "Russia", "Russia's", "Russian", "Russians", "Moscow", "Kremlin", "Kursk", "Ukraine",
        "Ukraine's", "Ukrainian", "Putin", "Donbas", "Donetsk", "Far East", "Vladivostok", "Primorsky", "Russian-Ukraine",
        "war", "DMZ", "demilitarized zone", "defected", "defector", "defectors", "Panmunjom", "North Korean soldiers",
        "North Korean soldier", "North Korean troops", "North Korean forces", "North Korean military",
        "North Korean servicemen", "Pyongyang's troops", "Pyongyang's soldiers", "DPRK soldiers", "DPRK troops",
        "Korean People's Army", "KPA", "killed", "kill", "dead", "died", "deaths", "death toll", "wounded", "injured",
        "injuries", "casualties", "casualty", "losses", "lost", "captured", "capture", "captives", "captive",
        "taken prisoner", "prisoners of war", "POW", "POWs", "surrendered", "suffered", "Kim", "ICBM", "ICBMs",
        "intercontinental ballistic missile", "intercontinental ballistic missiles", "Hwasong-18", "Hwasong-19",
        "spy satellite", "reconnaissance satellite", "satellite", "satellite launch", "launch vehicle", "Chollima-1",
        "Sohae", "launch", "launched", "launches", "test-fire", "test-fired", "short-range", "cruise missile",
        "cruise missiles", "artillery", "Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korean military",
        "Seoul's military", "National Intelligence Service", "NIS", "spy agency", "intelligence agency",
        "South Korean intelligence", "South Korea's intelligence", "Seoul's intelligence", "South Korean government",
        "South Korea's government", "South Korean official", "South Korean officials", "presidential office",
        "presidential official", "Defense Ministry", "Defence Ministry", "Foreign Ministry", "South Korea", "Seoul", "Yoon",
        "South Korean", "Pentagon", "US officials", "U.S. officials", "US intelligence", "U.S. intelligence",
        "U.S. assessments", "US assessments", "Washington", "White House", "State Department", "United States", "U.S.",
        "US", "American officials", "Kyiv", "Kiev", "Zelensky", "Zelenskyy", "Zelenskiy", "Volodymyr Zelensky",
        "Ukrainian President", "Ukraine's military", "Ukrainian military", "Ukrainian intelligence", "HUR", "GUR",
        "Ukrainian officials", "Western assessments", "Western officials", "Western intelligence", "Western", "NATO",
        "Rutte", "Mark Rutte", "secretary general", "Russian officials", "Russian Defence Ministry", "Peskov", "KCNA",
        "Korean Central News Agency", "North Korean state media", "Rodong Sinmun", "North Korean official",
    ];

    public static IReadOnlyList<string> Thousand { get; } = Grow(Shipped, 1000, seed: 1000);

    private static List<string> Grow(IReadOnlyList<string> start, int count, int seed)
    {
        string[] syllables = ["kim", "park", "lee", "choi", "jung", "kang", "cho", "yoon", "jang", "han", "seo", "shin", "kwon",
            "hwang", "ahn", "song", "ryu", "jeon", "hong", "ko", "mun", "yang", "son", "bae", "baek", "heo", "nam", "sim",
            "no", "ha", "kwak", "sung", "cha", "joo", "woo", "gu", "min", "ra", "jin", "eom", "chae", "won", "pyo", "ban"];
        string[] kinds = ["Brigade", "Corps", "Division", "Regiment", "Battalion", "Command", "Bureau", "Ministry", "Province", "Oblast"];
        var random = new Random(seed);
        var terms = new List<string>(start);
        var seen = new HashSet<string>(terms, StringComparer.OrdinalIgnoreCase);
        while (terms.Count < count)
        {
            var name = Word(random, syllables) + " " + Word(random, syllables) + (random.Next(3) == 0 ? "-" + Word(random, syllables) : "");
            var term = random.Next(4) switch
            {
                0 => name,
                1 => $"{Word(random, syllables)} {kinds[random.Next(kinds.Length)]}",
                2 => $"General {name}",
                _ => $"{random.Next(1, 999)}th {kinds[random.Next(kinds.Length)]}",
            };
            if (seen.Add(term))
            {
                terms.Add(term);
            }
        }

        return terms;
    }

    private static string Word(Random random, string[] syllables)
    {
        var sb = new StringBuilder();
        var parts = random.Next(1, 3);
        for (var i = 0; i < parts; i++)
        {
            sb.Append(syllables[random.Next(syllables.Length)]);
        }

        sb[0] = char.ToUpperInvariant(sb[0]);
        return sb.ToString();
    }
}
