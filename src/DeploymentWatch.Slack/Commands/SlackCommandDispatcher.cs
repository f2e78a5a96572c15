using DeploymentWatch.Application.Commands;
using DeploymentWatch.Domain.Subscriptions;
using DeploymentWatch.Slack.Alerts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DeploymentWatch.Slack.Commands;

/// <summary>
/// Runs a slash command the same way for HTTP and Socket Mode. Slack wants an answer within 3 s, so the command gets
/// 2 s; if it needs longer the caller gets a short ephemeral acknowledgement now and the real answer goes to the
/// response_url when it is ready. Each command runs in its own DI scope because it may outlive the HTTP request.
/// </summary>
internal sealed class SlackCommandDispatcher(
    IServiceScopeFactory scopeFactory,
    SlackPermissionChecker permissions,
    SlackResponseUrlClient responseUrls,
    SlackResponseUrlBudget budget,
    SlackAttachmentUploader uploader,
    TimeProvider timeProvider,
    ILogger<SlackCommandDispatcher> logger) : IDisposable
{
    public static readonly TimeSpan AnswerBudget = TimeSpan.FromSeconds(2);

    private readonly CancellationTokenSource stopping = new();

    public async Task<SlackCommandResponse> HandleAsync(SlackSlashCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.ResponseUrl is { } url)
        {
            budget.Register(url);
        }

        // Not tied to the request: a late answer still goes out through response_url.
        var work = Task.Run(() => ExecuteAsync(command, stopping.Token), CancellationToken.None);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var first = await Task.WhenAny(work, Task.Delay(AnswerBudget, timeProvider, deadline.Token));
        await deadline.CancelAsync();
        if (first == work)
        {
            return await work;
        }

        if (command.ResponseUrl is { } responseUrl)
        {
            _ = FollowUpAsync(work, responseUrl);
        }

        return SlackCommandResponse.Ephemeral($"Working on `{SlackMrkdwn.Fit(command.Text, 200, escape: true)}`…");
    }

    public void Dispose()
    {
        stopping.Cancel();
        stopping.Dispose();
    }

    private async Task<SlackCommandResponse> ExecuteAsync(SlackSlashCommand command, CancellationToken cancellationToken)
    {
        var text = command.Text.Length == 0 ? "help" : command.Text;
        try
        {
            // users.info is only asked when the command needs a manager: read-only commands stay one call cheaper.
            var canManage = SlackCommandReplyRenderer.FindSpec(text)?.ChangesChannel == true
                            && await permissions.CanManageAsync(command.TeamId, command.UserId, cancellationToken);
            var channel = new ChannelAddress(SlackAlertChannel.PlatformName, command.TeamId, command.ChannelId);
            await using var scope = scopeFactory.CreateAsyncScope();
            var service = scope.ServiceProvider.GetRequiredService<ICommandService>();
            var reply = await service.ExecuteAsync(new CommandRequest(channel, command.UserId, canManage, text), cancellationToken);
            if (reply.Message.Attachment is { } chart)
            {
                var error = await uploader.UploadAsync(command.ChannelId, chart, reply.Message.Title, cancellationToken);
                if (error is not null)
                {
                    logger.LogWarning("Slack chart upload for a command in {Channel} failed: {Error}", channel, error);
                }
            }

            return SlackCommandReplyRenderer.Render(reply, text);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Slack command failed in {Team}/{Channel}", command.TeamId, command.ChannelId);
            return SlackCommandResponse.Ephemeral("Sorry, that command failed. Please try again in a moment.");
        }
    }

    private async Task FollowUpAsync(Task<SlackCommandResponse> work, Uri responseUrl)
    {
        try
        {
            var response = await work;
            await responseUrls.PostAsync(responseUrl, response, stopping.Token);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Shutting down: the late answer is abandoned with the process.
        }
    }
}
