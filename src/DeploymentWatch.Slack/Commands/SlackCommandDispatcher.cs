using DeploymentWatch.Application.Commands;
using DeploymentWatch.Domain.Subscriptions;
using DeploymentWatch.Slack.Alerts;
using Microsoft.Extensions.Logging;

namespace DeploymentWatch.Slack.Commands;

/// <summary>
/// Maps a slash command (HTTP or Socket Mode) onto the shared <see cref="CommandRunner"/>. Slack wants an answer
/// within 3 s, so the command gets 2 s; a slower one (or one with a chart to upload) gets a short ephemeral
/// acknowledgement now and its answer goes to the response_url when ready.
/// </summary>
internal sealed class SlackCommandDispatcher(
    CommandRunner runner,
    SlackPermissionChecker permissions,
    SlackResponseUrlClient responseUrls,
    SlackResponseUrlBudget budget,
    SlackAttachmentUploader uploader,
    ILogger<SlackCommandDispatcher> logger)
{
    public static readonly TimeSpan AnswerBudget = TimeSpan.FromSeconds(2);

    public async Task<SlackCommandResponse> HandleAsync(SlackSlashCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.ResponseUrl is { } url)
        {
            budget.Register(url);
        }

        var text = command.Text.Length == 0 ? "help" : command.Text;
        var channel = new ChannelAddress(SlackAlertChannel.PlatformName, command.TeamId, command.ChannelId);
        var run = new CommandRun(
            AnswerBudget,
            reply => reply.Message.Attachment is null,
            (reply, stopping) => FollowUpAsync(command, text, reply, stopping));
        var reply = await runner.RunAsync(
            async ct =>
            {
                // users.info is only asked when the command needs a manager: read-only commands stay one call cheaper.
                var canManage = SlackCommandReplyRenderer.FindSpec(text)?.ChangesChannel == true
                                && await permissions.CanManageAsync(command.TeamId, command.UserId, ct);
                return new CommandRequest(channel, command.UserId, canManage, text);
            },
            run,
            cancellationToken);
        return reply is not null
            ? SlackCommandReplyRenderer.Render(reply, text)
            : SlackCommandResponse.Ephemeral($"Working on `{SlackMrkdwn.Fit(command.Text, 200, escape: true)}`…");
    }

    private async Task FollowUpAsync(SlackSlashCommand command, string text, CommandReply reply, CancellationToken cancellationToken)
    {
        if (reply.Message.Attachment is { } chart)
        {
            var error = await uploader.UploadAsync(command.ChannelId, chart, reply.Message.Title, cancellationToken);
            if (error is not null)
            {
                logger.LogWarning("Slack chart upload for a command in {Team}/{Channel} failed: {Error}", command.TeamId, command.ChannelId, error);
            }
        }

        if (command.ResponseUrl is { } responseUrl)
        {
            await responseUrls.PostAsync(responseUrl, SlackCommandReplyRenderer.Render(reply, text), cancellationToken);
        }
    }
}
