using System.Runtime.CompilerServices;
using DeploymentWatch.Domain.Profiles;

namespace DeploymentWatch.Discord.Tests.Support;

/// <summary>A small, fixed ProfileSet: the topics and sources the command registration and mapping tests see.</summary>
internal static class TestProfiles
{
    public static ProfileSet Sample { get; } = new(
        [Topic("casualties", "Killed, wounded or captured North Korean soldiers"), Topic("icbm-satellite", "Russian help with ICBM or satellite technology")],
        [new SourceDefinition("kr-nis", "NIS", ["National Intelligence Service"]), new SourceDefinition("ua-gur", "HUR", [])]);

    public static ProfileSet WithTopics(int count) =>
        new(Enumerable.Range(1, count).Select(i => Topic($"topic-{i}", $"Topic {i}")).ToList(), []);

    // The adapter reads only a topic's id and description; building the rest through `with` on a blank record keeps
    // these tests independent of the matching parameters, which the Domain owner is still changing.
    private static TopicProfile Topic(string id, string description) =>
        ((TopicProfile)RuntimeHelpers.GetUninitializedObject(typeof(TopicProfile))) with { Id = id, Description = description, Colour = 0xC0392B };
}
