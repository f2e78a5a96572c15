using DeploymentWatch.Domain.Alerts;

namespace DeploymentWatch.Application.Stories;

/// <summary>What a planning batch took in: the item keys new to every instance, and the alerts they raised.</summary>
public sealed record IntakeResult(IReadOnlySet<long> NewItemKeys, IReadOnlyList<Alert> Alerts)
{
    public static IntakeResult Empty { get; } = new(new HashSet<long>(), []);

    public int NewItems => NewItemKeys.Count;

    /// <summary>The part of this result that concerns <paramref name="items"/>.</summary>
    public IntakeResult For(IReadOnlyList<IntakeItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var keys = items.Select(i => i.ItemKey).Where(NewItemKeys.Contains).ToHashSet();
        var ids = items.Select(i => (i.Article.FeedId, i.Article.ItemId)).ToHashSet();
        return new IntakeResult(keys, Alerts.Where(a => ids.Contains((a.FeedId, a.ItemId))).ToArray());
    }
}
