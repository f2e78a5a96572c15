using DeploymentWatch.Domain.Profiles;

namespace DeploymentWatch.Benchmarks.Figures;

/// <summary>The figure sources of config/profiles.yaml, in code (the benchmarks reference only the domain).</summary>
public static class BenchmarkSources
{
    public static IReadOnlyList<SourceDefinition> All { get; } =
    [
        new("kr-jcs", "JCS", ["Joint Chiefs of Staff", "JCS", "South Korea's military", "South Korean military", "Seoul's military"]),
        new("kr-nis", "NIS", ["National Intelligence Service", "NIS", "spy agency", "intelligence agency", "South Korean intelligence", "South Korea's intelligence", "Seoul's intelligence"]),
        new("kr-gov", "Seoul", ["South Korean government", "South Korea's government", "South Korean official", "South Korean officials", "presidential office", "presidential official", "Defense Ministry", "Defence Ministry", "Foreign Ministry", "South Korea", "Seoul", "Yoon", "South Korean"]),
        new("us-gov", "US", ["Pentagon", "US officials", "U.S. officials", "US intelligence", "U.S. intelligence", "U.S. assessments", "US assessments", "Washington", "White House", "State Department", "United States", "U.S.", "US", "American officials"]),
        new("ua-gov", "Kyiv", ["Kyiv", "Kiev", "Zelensky", "Zelenskyy", "Zelenskiy", "Volodymyr Zelensky", "Ukrainian President", "Ukraine's military", "Ukrainian military", "Ukrainian intelligence", "HUR", "GUR", "Ukraine", "Ukrainian", "Ukrainian officials"]),
        new("western", "Western assessments", ["Western assessments", "Western officials", "Western intelligence", "Western"]),
        new("nato", "NATO", ["NATO", "Rutte", "Mark Rutte", "secretary general"]),
        new("ru-gov", "Moscow", ["Kremlin", "Moscow", "Russian officials", "Russian Defence Ministry", "Russian Defense Ministry", "Putin", "Peskov"]),
        new("kp-gov", "Pyongyang", ["KCNA", "Korean Central News Agency", "North Korean state media", "Rodong Sinmun", "North Korean official"]),
        new("unattributed", "unattributed", []),
    ];
}
