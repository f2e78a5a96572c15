using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Domain.Messages;
using DeploymentWatch.Domain.Subscriptions;

namespace DeploymentWatch.Channels;

/// <summary>
/// The embedded default channel: prints messages to the terminal, so the bot runs with no tokens and no server.
/// Attachments (charts) are written beside the data folder and the path printed.
/// </summary>
internal sealed class ConsoleAlertChannel(ConsoleOutput output, AttachmentWriter attachments) : IAlertChannel, IChannelStatus
{
    private readonly Lock _gate = new();

    public string Platform => "console";

    public bool Enabled => true;

    public string Detail => "ok: printing to the terminal";

    public Task<DeliveryOutcome> SendAsync(ChannelAddress channel, MessageDocument message, string idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(message);
        var saved = attachments.Save(message.Attachment);
        var text = PlainTextRenderer.Render(message);
        lock (_gate)
        {
            output.Writer.WriteLine($"[{channel}]");
            output.Writer.Write(text);
            if (saved is not null)
            {
                output.Writer.WriteLine($"  chart written to {saved}");
            }

            output.Writer.WriteLine();
            output.Writer.Flush();
        }

        return Task.FromResult(DeliveryOutcome.Delivered(idempotencyKey));
    }

    public Task<DeliveryOutcome> EditAsync(ChannelAddress channel, string messageRef, MessageDocument message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return SendAsync(channel, message with { Title = "(update) " + message.Title }, messageRef, cancellationToken);
    }
}
