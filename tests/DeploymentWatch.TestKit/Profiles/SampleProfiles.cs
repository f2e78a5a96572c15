using DeploymentWatch.Domain.Profiles;

namespace DeploymentWatch.TestKit.Profiles;

/// <summary>Small hand-built profiles for unit tests; the shipped config/profiles.yaml is tested in the host tests.</summary>
public static class SampleProfiles
{
    public static ProfileSet Create() => new(
        [
            new TopicProfile(
                "casualties",
                "North Korean soldiers killed, wounded or captured",
                [new EntityDefinition("North Korean soldiers", ["North Korean soldiers", "North Korean troops", "North Korea", "Pyongyang"])],
                ["killed", "wounded", "casualties", "captured"],
                [],
                ["short-range"],
                1,
                1,
                0xC23030),
            new TopicProfile(
                "troop-deployment",
                "North Korean troops sent to Russia",
                [new EntityDefinition("North Korea", ["North Korea", "North Korean", "Kim Jong Un", "DPRK"])],
                ["troops", "soldiers", "deployed"],
                ["Russia", "Kursk"],
                [],
                2,
                1,
                0xD9822B),
            new TopicProfile(
                "icbm-satellite",
                "ICBM or spy-satellite launches",
                [new EntityDefinition("North Korea", ["North Korea", "Pyongyang"])],
                ["ICBM", "spy satellite"],
                [],
                ["short-range"],
                1,
                0,
                0x2B6CD9),
        ],
        [
            new SourceDefinition("kr-nis", "NIS", ["National Intelligence Service", "spy agency"]),
            new SourceDefinition("ua-gov", "Kyiv", ["Kyiv", "Kiev", "Zelensky"]),
            new SourceDefinition("kr-jcs", "JCS", ["Joint Chiefs of Staff"]),
        ])
    {
        Figures = ShippedFigureVocabulary.Instance,
    };
}
