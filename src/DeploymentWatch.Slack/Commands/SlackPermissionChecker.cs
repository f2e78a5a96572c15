using System.Collections.Concurrent;
using DeploymentWatch.Slack.Api;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Slack.Commands;

/// <summary>
/// Who may change a channel: users on SLACK_ADMIN_USER_IDS, or workspace admins and owners per users.info. Answers
/// are cached briefly so a burst of commands costs one lookup; when Slack cannot say, the answer is no.
/// </summary>
internal sealed class SlackPermissionChecker(
    ISlackApiClient api,
    IOptions<SlackOptions> options,
    TimeProvider timeProvider,
    ILogger<SlackPermissionChecker> logger)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<(string Team, string User), (bool Allowed, DateTimeOffset Until)> cache = new();

    public async Task<bool> CanManageAsync(string teamId, string userId, CancellationToken cancellationToken)
    {
        if (options.Value.AdminUserIdSet.Contains(userId))
        {
            return true;
        }

        var now = timeProvider.GetUtcNow();
        if (cache.TryGetValue((teamId, userId), out var cached) && cached.Until > now)
        {
            return cached.Allowed;
        }

        var user = await api.GetUserAsync(userId, cancellationToken);
        if (!user.IsOk)
        {
            logger.LogWarning("Slack users.info for {User} failed ({Error}); treating as not an admin", userId, user.Error);
            return false;
        }

        var allowed = user.Value!.IsWorkspaceManager;
        cache[(teamId, userId)] = (allowed, now + CacheFor);
        return allowed;
    }
}
