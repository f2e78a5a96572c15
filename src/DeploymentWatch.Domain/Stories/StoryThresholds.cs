using DeploymentWatch.Domain.Profiles;

namespace DeploymentWatch.Domain.Stories;

/// <summary>
/// When two articles are one story. Both must be published within <see cref="Window"/> of each other (an undated
/// article is not held to it); then either their texts are near-copies (<see cref="NearDuplicate"/>, shingle
/// containment), or they share a topic and their evidence reaches <see cref="MinEvidence"/>:
/// keyword Jaccard + <see cref="TextWeight"/> × shingle containment + <see cref="FigureWeight"/> per shared figure
/// (two at most) − <see cref="DecayPerDay"/> per day apart (an undated pair is charged
/// <see cref="UndatedDays"/> days); a pair that shares a topic and a count within <see cref="SharedFigureWindow"/>
/// reaches it whatever the words. Outlets rewrite each other with 2–19 % shared text and launches carry no
/// figures, so shared names and words carry the decision; a figure helps but is not needed, and "11,000 troops",
/// repeated for months, is kept apart by time.
/// </summary>
public sealed record StoryThresholds(TimeSpan Window, double NearDuplicate, double MinEvidence)
{
    public static StoryThresholds Default { get; } = new(TimeSpan.FromHours(48), 0.5, 0.07);

    public double TextWeight { get; init; } = 0.25;

    public double FigureWeight { get; init; } = 0.02;

    public double DecayPerDay { get; init; } = 0.04;

    public double UndatedDays { get; init; } = 1.5;

    /// <summary>
    /// Two dated articles on one topic that give the same count this close together report one event. A day and a
    /// half: the next day's rewrites of a briefing, not next week's article that repeats a standing total.
    /// </summary>
    public TimeSpan SharedFigureWindow { get; init; } = TimeSpan.FromHours(36);

    /// <summary>
    /// Topics whose events are rare and discrete, with how close together two alerts on one of them must be published
    /// to report one event (the profiles' <c>one-event-hours</c>): a launch is retold in other words by every outlet,
    /// with the launch's own names in the profile's vocabulary.
    /// </summary>
    public IReadOnlyDictionary<string, TimeSpan> OneEventWindows { get; init; } = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);

    /// <summary>These thresholds with the one-event windows of <paramref name="profiles"/>' topics.</summary>
    public StoryThresholds WithTopics(ProfileSet profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        return this with
        {
            OneEventWindows = profiles.Topics
                .Where(t => t.OneEventWithin is not null)
                .ToDictionary(t => t.Id, t => t.OneEventWithin!.Value, StringComparer.Ordinal),
        };
    }
}
