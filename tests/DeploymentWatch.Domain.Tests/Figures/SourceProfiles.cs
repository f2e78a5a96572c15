using DeploymentWatch.Domain.Profiles;
using DeploymentWatch.TestKit.Profiles;
using YamlDotNet.RepresentationModel;

namespace DeploymentWatch.Domain.Tests.Figures;

/// <summary>
/// The <see cref="ProfileSet"/> the figure tests run against: the sources of the shipped config/profiles.yaml, read
/// from the repository, so the tests exercise the aliases, generic nouns and countries the service uses and a copy
/// here cannot drift from them. No topics: the extractor only reads <see cref="ProfileSet.Sources"/>.
/// </summary>
internal static class SourceProfiles
{
    public static ProfileSet Standard { get; } = new([], LoadShippedSources()) { Figures = ShippedFigureVocabulary.Instance };

    private static List<SourceDefinition> LoadShippedSources()
    {
        var root = ShippedFigureVocabulary.ShippedProfileRoot();
        return ((YamlSequenceNode)root[new YamlScalarNode("sources")]).Children
            .Cast<YamlMappingNode>()
            .Select(map => new SourceDefinition(Scalar(map, "id")!, Scalar(map, "name")!, List(map, "aliases"))
            {
                Country = Scalar(map, "country"),
                Speakers = map.Children.TryGetValue(new YamlScalarNode("speakers"), out var speakers)
                    ? ((YamlSequenceNode)speakers).Children.Cast<YamlMappingNode>().Select(s => new EntityDefinition(Scalar(s, "name")!, List(s, "aliases"))).ToArray()
                    : [],
            })
            .ToList();
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? ((YamlScalarNode)node).Value : null;

    private static string[] List(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node)
            ? ((YamlSequenceNode)node).Children.Select(c => ((YamlScalarNode)c).Value!).ToArray()
            : [];
}
