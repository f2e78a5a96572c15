namespace DeploymentWatch.Application.Polling;

/// <summary>
/// Which items of a feed were already taken in. An item is known when its id or its normalized title was seen in
/// that feed, so publishers that rotate guids or bump dates never cause repeats.
/// </summary>
public interface ISeenItemStore
{
    Task<bool> IsSeenAsync(string feedId, string itemId, string titleKey, CancellationToken cancellationToken);

    /// <summary>Records the item; returns false when another instance recorded it first.</summary>
    Task<bool> TryMarkSeenAsync(string feedId, string itemId, string titleKey, DateTimeOffset seenAt, CancellationToken cancellationToken);
}
