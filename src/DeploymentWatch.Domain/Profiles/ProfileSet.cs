using DeploymentWatch.Domain.Figures;

namespace DeploymentWatch.Domain.Profiles;

/// <summary>Everything config/profiles.yaml defines: the topics and the sources figures can be attributed to.</summary>
public sealed record ProfileSet(IReadOnlyList<TopicProfile> Topics, IReadOnlyList<SourceDefinition> Sources)
{
    /// <summary>The words the figure reader looks for (the profile's <c>figures:</c> section); empty finds no figures.</summary>
    public FigureVocabulary Figures { get; init; } = FigureVocabulary.Empty;

    public TopicProfile? FindTopic(string id) =>
        Topics.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.OrdinalIgnoreCase));

    public SourceDefinition? FindSource(string id) =>
        Sources.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase)
                                    || string.Equals(s.DisplayName, id, StringComparison.OrdinalIgnoreCase));

    public string SourceName(string id) => FindSource(id)?.DisplayName ?? id;
}
