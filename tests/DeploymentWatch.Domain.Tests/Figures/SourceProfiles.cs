using DeploymentWatch.Domain.Profiles;

namespace DeploymentWatch.Domain.Tests.Figures;

/// <summary>
/// Builds the <see cref="ProfileSet"/> the figure tests run against, in code: the sources of FORMAT.md with the
/// aliases articles use. No topics: the extractor only reads <see cref="ProfileSet.Sources"/>.
/// </summary>
internal static class SourceProfiles
{
    public static ProfileSet WithSources(params SourceDefinition[] sources) => new([], sources);

    public static ProfileSet Standard { get; } = WithSources(
        Source("kr-jcs", "JCS", "Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korean military", "Seoul's military"),
        Source("kr-nis", "NIS", "National Intelligence Service", "NIS", "spy agency", "intelligence agency",
            "South Korean intelligence", "South Korea's intelligence", "Seoul's intelligence"),
        Source("kr-gov", "Seoul", "South Korean government", "South Korea's government", "South Korean official",
            "South Korean officials", "presidential office", "presidential official", "Defense Ministry", "Defence Ministry",
            "Foreign Ministry", "South Korea", "Seoul", "Yoon", "South Korean"),
        Source("us-gov", "US", "Pentagon", "US officials", "U.S. officials", "US intelligence", "U.S. intelligence",
            "U.S. assessments", "US assessments", "Washington", "White House", "State Department", "United States", "U.S.",
            "US", "American officials"),
        Source("ua-gov", "Kyiv", "Kyiv", "Kiev", "Zelensky", "Zelenskyy", "Zelenskiy", "Volodymyr Zelensky",
            "Ukrainian President", "Ukraine's military", "Ukrainian military", "Ukrainian intelligence", "HUR", "GUR",
            "Ukraine", "Ukrainian", "Ukrainian officials", "Ukraine's military intelligence"),
        Source("western", "Western assessments", "Western assessments", "Western officials", "Western intelligence", "Western"),
        Source("nato", "NATO", "NATO", "Rutte", "Mark Rutte", "secretary general"),
        Source("ru-gov", "Moscow", "Kremlin", "Moscow", "Russian officials", "Putin", "Peskov"),
        Source("kp-gov", "Pyongyang", "KCNA", "Korean Central News Agency", "North Korean state media", "North Korean official"),
        Source("unattributed", "unattributed"));

    public static SourceDefinition Source(string id, string name, params string[] aliases) => new(id, name, aliases);
}
