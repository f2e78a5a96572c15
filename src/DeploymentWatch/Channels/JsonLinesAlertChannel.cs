using System.Text.Json;
using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Domain.Articles;
using DeploymentWatch.Domain.Messages;
using DeploymentWatch.Domain.Subscriptions;

namespace DeploymentWatch.Channels;

/// <summary>
/// The optional file channel: "file:NAME" appends one JSON object per message to DATA/NAME.jsonl, for scripts and
/// log shippers. The idempotency key is written with each line, and a key already in the file is not written
/// again, so a retried delivery never duplicates a line. A file's keys are read once, then kept in memory. A last line
/// cut short (the process was killed mid-write) is closed with a newline before the next line, so it never swallows it.
/// </summary>
internal sealed class JsonLinesAlertChannel(string directory, TimeProvider time) : IAlertChannel, IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, HashSet<string>> _keysByFile = new(StringComparer.Ordinal);
    private readonly HashSet<string> _tornFiles = new(StringComparer.Ordinal);

    public string Platform => "file";

    public async Task<DeliveryOutcome> SendAsync(ChannelAddress channel, MessageDocument message, string idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(message);
        var name = Path.GetFileName(channel.Channel);
        if (name.Length == 0 || name != channel.Channel || name.StartsWith('.'))
        {
            return DeliveryOutcome.Gone($"'{channel.Channel}' is not a valid file channel name");
        }

        var path = Path.Combine(directory, name + ".jsonl");
        var line = JsonSerializer.Serialize(new JsonLine(idempotencyKey, time.GetUtcNow(), message.Title, message.Text, message.Link, message.Fields, message.Footer, message.Timestamp), Json);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var keys = await KeysAsync(path, cancellationToken);
            if (keys.Contains(idempotencyKey))
            {
                return DeliveryOutcome.Delivered(idempotencyKey);
            }

            Directory.CreateDirectory(directory);
            var torn = _tornFiles.Contains(path);
            await File.AppendAllTextAsync(path, (torn ? "\n" : string.Empty) + line + "\n", cancellationToken);
            _tornFiles.Remove(path);
            keys.Add(idempotencyKey);
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

    public Task<DeliveryOutcome> EditAsync(ChannelAddress channel, string messageRef, MessageDocument message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return SendAsync(channel, message, messageRef + "|edit|" + ItemIdentity.ContentHash(message.Title + message.Text), cancellationToken);
    }

    public void Dispose() => _gate.Dispose();

    private async Task<HashSet<string>> KeysAsync(string path, CancellationToken cancellationToken)
    {
        if (_keysByFile.TryGetValue(path, out var keys))
        {
            return keys;
        }

        keys = new HashSet<string>(StringComparer.Ordinal);
        if (File.Exists(path))
        {
            if (await EndsTornAsync(path, cancellationToken))
            {
                _tornFiles.Add(path);
            }

            foreach (var existing in await File.ReadAllLinesAsync(path, cancellationToken))
            {
                // A line someone edited by hand may not parse; it simply has no key.
                try
                {
                    if (JsonSerializer.Deserialize<JsonLine>(existing, Json) is { Key: { } key })
                    {
                        keys.Add(key);
                    }
                }
                catch (JsonException)
                {
                }
            }
        }

        _keysByFile[path] = keys;
        return keys;
    }

    private static async Task<bool> EndsTornAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, useAsync: true);
        if (stream.Length == 0)
        {
            return false;
        }

        stream.Seek(-1, SeekOrigin.End);
        var last = new byte[1];
        await stream.ReadExactlyAsync(last, cancellationToken);
        return last[0] != (byte)'\n';
    }

    private sealed record JsonLine(
        string Key,
        DateTimeOffset At,
        string Title,
        string Text,
        Uri? Link,
        IReadOnlyList<MessageField> Fields,
        string? Footer,
        DateTimeOffset? Published);
}
