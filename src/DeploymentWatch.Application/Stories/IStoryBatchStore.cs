namespace DeploymentWatch.Application.Stories;

/// <summary>
/// Where the story planner reads and writes, one batch at a time, under a lock that every instance on the database
/// shares (a PostgreSQL advisory lock; SQLite's single writer), so that one story is opened once however many
/// processes take in its articles.
/// </summary>
public interface IStoryBatchStore
{
    /// <summary>
    /// Takes the planning lock, runs <paramref name="work"/> in one write transaction, and commits it when the work
    /// returns; if it throws, nothing it saved is kept.
    /// </summary>
    Task<T> InPlanningLockAsync<T>(Func<IStoryBatchSession, Task<T>> work, CancellationToken cancellationToken);
}
