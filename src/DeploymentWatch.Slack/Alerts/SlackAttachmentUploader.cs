using DeploymentWatch.Domain.Messages;
using DeploymentWatch.Slack.Api;

namespace DeploymentWatch.Slack.Alerts;

/// <summary>
/// Shares a message's image (a chart) into a channel the current way: files.getUploadURLExternal, the bytes to the
/// returned URL, then files.completeUploadExternal with the channel (files.upload is retired).
/// </summary>
internal sealed class SlackAttachmentUploader(ISlackApiClient api, SlackCallRetrier retrier)
{
    /// <summary>Null when shared, else the error that stopped it.</summary>
    public async Task<string?> UploadAsync(string channel, MessageAttachment attachment, string title, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        var ticket = await retrier.RunAsync(ct => api.GetUploadUrlAsync(attachment.FileName, attachment.Content.Length, ct), cancellationToken);
        if (!ticket.IsOk)
        {
            return ticket.Error;
        }

        var uploaded = await retrier.RunAsync(
            ct => api.UploadFileContentAsync(ticket.Value!.UploadUrl, attachment.Content, attachment.ContentType, ct), cancellationToken);
        if (!uploaded.IsOk)
        {
            return uploaded.Error;
        }

        var shareTitle = SlackMrkdwn.Fit(string.IsNullOrWhiteSpace(title) ? attachment.FileName : title, 250, escape: false);
        var completed = await retrier.RunAsync(ct => api.CompleteUploadAsync(ticket.Value!.FileId, shareTitle, channel, ct), cancellationToken);
        return completed.IsOk ? null : completed.Error;
    }
}
