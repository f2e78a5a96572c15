using DeploymentWatch.Domain.Figures;
using DeploymentWatch.TestKit.Repository;
using YamlDotNet.RepresentationModel;

namespace DeploymentWatch.TestKit.Profiles;

/// <summary>
/// The figure vocabulary of the shipped config/profiles.yaml, read from the repository, so tests and benchmarks run
/// the words the service runs and no copy of them can drift. (The host's loader and its errors are tested in the
/// host tests; this reads the known-good file plainly.)
/// </summary>
public static class ShippedFigureVocabulary
{
    private static readonly Lazy<FigureVocabulary> Cached = new(Load);

    public static FigureVocabulary Instance => Cached.Value;

    /// <summary>The root mapping of the shipped config/profiles.yaml.</summary>
    public static YamlMappingNode ShippedProfileRoot()
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(RepositoryPaths.Config, "profiles.yaml")))
        {
            stream.Load(reader);
        }

        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static FigureVocabulary Load()
    {
        var figures = (YamlMappingNode)ShippedProfileRoot()[new YamlScalarNode("figures")];
        var lists = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        long maxCount = FigureVocabulary.DefaultMaxCount;
        foreach (var (key, value) in figures.Children)
        {
            var name = ((YamlScalarNode)key).Value!;
            if (name == "max-count")
            {
                maxCount = long.Parse(((YamlScalarNode)value).Value!, System.Globalization.CultureInfo.InvariantCulture);
                continue;
            }

            lists[name] = ((YamlSequenceNode)value).Children.Select(c => ((YamlScalarNode)c).Value!).ToArray();
        }

        return FigureVocabulary.Create(lists, maxCount);
    }
}
