using System.Text.Json;
using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Domain.Messages;
using DeploymentWatch.Domain.Subscriptions;

namespace DeploymentWatch.Channels;

/// <summary>
/// The optional file channel: "file:NAME" appends one JSON object per message to DATA/NAME.jsonl, for scripts and
/// log shippers. The idempotency key is written with each line, and a key already in the file is not written
/// again, so a retried delivery never duplicates a line.
/// </summary>
internal sealed class JsonLinesAlertChannel(string directory, TimeProvider time) : IAlertChannel, IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly SemaphoreSlim _gate = new(1, 1);

    public string Platform => "file";

    public async Task<DeliveryOutcome> SendAsync(ChannelAddress channel, MessageDocument message, string idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(message);
        var name = Path.GetFileName(channel.Channel);
        if (name.Length == 0 || name != channel.Channel)
        {
            return DeliveryOutcome.Gone($"'{channel.Channel}' is not a valid file channel name");
        }

        var path = Path.Combine(directory, name + ".jsonl");
        var line = JsonSerializer.Serialize(new
        {
            key = idempotencyKey,
            at = time.GetUtcNow(),
            title = message.Title,
            text = message.Text,
            link = message.Link,
            fields = message.Fields,
            footer = message.Footer,
            published = message.Timestamp,
        }, Json);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(directory);
            if (File.Exists(path) && (await File.ReadAllLinesAsync(path, cancellationToken)).Any(l => l.Contains($"\"key\":{JsonSerializer.Serialize(idempotencyKey)}", StringComparison.Ordinal)))
            {
                return DeliveryOutcome.Delivered(idempotencyKey);
            }

            await File.AppendAllTextAsync(path, line + "\n", cancellationToken);
            return DeliveryOutcome.Delivered(idempotencyKey);
        }
        catch (IOException ex)
        {
            return DeliveryOutcome.Retry(TimeSpan.FromMinutes(1), $"cannot write {path}: {ex.Message}");
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    public Task<DeliveryOutcome> EditAsync(ChannelAddress channel, string messageRef, MessageDocument message, CancellationToken cancellationToken) =>
        SendAsync(channel, message, messageRef + "|edit|" + Domain.Articles.ItemIdentity.ContentHash(message.Title + message.Text), cancellationToken);
}
