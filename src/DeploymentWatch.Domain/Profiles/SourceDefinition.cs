namespace DeploymentWatch.Domain.Profiles;

/// <summary>
/// Who a figure is attributed to (an id from the corpus format, e.g. "ua-gov"), as users read it ("Kyiv").
/// <see cref="Speakers"/> are named people who speak for the source ("Zelensky"): a figure they give keeps its
/// source but is shown with their name, so two statements by one government on one day stay apart.
/// </summary>
public sealed record SourceDefinition(string Id, string DisplayName, IReadOnlyList<string> Aliases)
{
    public IReadOnlyList<EntityDefinition> Speakers { get; init; } = [];

    /// <summary>
    /// The country the source speaks for ("south-korea"), when it shares generic aliases with others: "South
    /// Korea's spy agency" is the NIS, "Ukraine's spy agency" is Kyiv's.
    /// </summary>
    public string? Country { get; init; }
}
