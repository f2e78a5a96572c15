using System.Globalization;
using System.Text.Json;

namespace DeploymentWatch.TestKit.Discord;

/// <summary>What the fake Discord holds: messages per channel (with nonces), edits, command registrations, violations.</summary>
internal sealed class FakeDiscordStore
{
    private readonly Lock _gate = new();
    private readonly List<FakeDiscordMessage> _messages = [];
    private readonly Dictionary<(string Channel, string Nonce), string> _nonces = [];
    private readonly Dictionary<string, FakeDiscordFault> _channelErrors = new(StringComparer.Ordinal);
    private readonly List<FakeDiscordInteractionEdit> _interactionEdits = [];
    private readonly List<FakeDiscordInteractionEdit> _followups = [];
    private readonly List<FakeDiscordInteractionCallback> _callbacks = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<(string ApplicationId, string Token)> _deletedOriginals = [];
    private readonly List<FakeDiscordCommandRegistration> _registrations = [];
    private readonly List<string> _violations = [];
    private long _nextId = 1_300_000_000_000_000_000;
    private int _edits;

    public IReadOnlyList<FakeDiscordMessage> Messages => Snapshot(_messages);

    public IReadOnlyList<FakeDiscordInteractionEdit> InteractionEdits => Snapshot(_interactionEdits);

    public IReadOnlyList<FakeDiscordInteractionEdit> Followups => Snapshot(_followups);

    public IReadOnlyList<FakeDiscordInteractionCallback> Callbacks => Snapshot(_callbacks);

    public IReadOnlyList<(string ApplicationId, string Token)> DeletedOriginals => Snapshot(_deletedOriginals);

    public IReadOnlyList<FakeDiscordCommandRegistration> CommandRegistrations => Snapshot(_registrations);

    public IReadOnlyList<string> Violations => Snapshot(_violations);

    public int EditCount
    {
        get
        {
            lock (_gate)
            {
                return _edits;
            }
        }
    }

    public IReadOnlyList<FakeDiscordMessage> MessagesIn(string channelId)
    {
        lock (_gate)
        {
            return _messages.Where(m => m.ChannelId == channelId).ToList();
        }
    }

    public void AddViolation(string violation)
    {
        lock (_gate)
        {
            _violations.Add(violation);
        }
    }

    public void SetChannelError(string channelId, FakeDiscordFault error)
    {
        lock (_gate)
        {
            _channelErrors[channelId] = error;
        }
    }

    public FakeDiscordFault? ChannelError(string majorId)
    {
        lock (_gate)
        {
            return _channelErrors.GetValueOrDefault(majorId);
        }
    }

    public (int, string) Create(string channelId, FakeDiscordRequestBody body)
    {
        var nonce = body.Payload.TryGetProperty("nonce", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
        var enforce = body.Payload.TryGetProperty("enforce_nonce", out var e) && e.ValueKind == JsonValueKind.True;
        lock (_gate)
        {
            // enforce_nonce: the same author and nonce within minutes returns that message; nothing new is posted.
            if (enforce && nonce is not null && _nonces.TryGetValue((channelId, nonce), out var existingId))
            {
                return (200, MessageJson(existingId, channelId, nonce));
            }

            var id = (_nextId++).ToString(CultureInfo.InvariantCulture);
            _messages.Add(new FakeDiscordMessage(id, channelId, nonce, body.Payload, body.Files));
            if (nonce is not null)
            {
                _nonces[(channelId, nonce)] = id;
            }

            return (200, MessageJson(id, channelId, nonce));
        }
    }

    public (int, string) Edit(string channelId, string messageId, FakeDiscordRequestBody body)
    {
        lock (_gate)
        {
            var index = _messages.FindIndex(m => m.Id == messageId && m.ChannelId == channelId);
            if (index < 0)
            {
                return (404, """{"message":"Unknown Message","code":10008}""");
            }

            var old = _messages[index];
            _messages[index] = old with { Payload = body.Payload, Files = body.Files };
            _edits++;
            return (200, MessageJson(messageId, channelId, old.Nonce));
        }
    }

    public (int, string) EditOriginal(string applicationId, string token, FakeDiscordRequestBody body)
    {
        lock (_gate)
        {
            _interactionEdits.Add(new FakeDiscordInteractionEdit(applicationId, token, body.Payload, body.Files));
            var id = (_nextId++).ToString(CultureInfo.InvariantCulture);
            return (200, MessageJson(id, "0", null));
        }
    }

    /// <summary>The first answer to an interaction; a second one is refused as Discord does (40060).</summary>
    public (int, string) Callback(string interactionId, string token, FakeDiscordRequestBody body)
    {
        lock (_gate)
        {
            if (_callbacks.Any(c => c.InteractionId == interactionId))
            {
                _violations.Add($"interaction {interactionId} answered twice");
                return (400, """{"message":"Interaction has already been acknowledged.","code":40060}""");
            }

            var type = body.Payload.TryGetProperty("type", out var t) && t.TryGetInt32(out var value) ? value : 0;
            _callbacks.Add(new FakeDiscordInteractionCallback(interactionId, token, type, body.Payload));
            _changed.TrySetResult();
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return (204, "");
        }
    }

    /// <summary>The callback for the interaction with this token, once it has arrived.</summary>
    public async Task<FakeDiscordInteractionCallback> CallbackAsync(string token, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (_callbacks.FirstOrDefault(c => c.Token == token) is { } callback)
                {
                    return callback;
                }

                changed = _changed.Task;
            }

            await changed.WaitAsync(cancellationToken);
        }
    }

    public (int, string) Followup(string applicationId, string token, FakeDiscordRequestBody body)
    {
        lock (_gate)
        {
            _followups.Add(new FakeDiscordInteractionEdit(applicationId, token, body.Payload, body.Files));
            var id = (_nextId++).ToString(CultureInfo.InvariantCulture);
            return (200, MessageJson(id, "0", null));
        }
    }

    public void DeleteOriginal(string applicationId, string token)
    {
        lock (_gate)
        {
            _deletedOriginals.Add((applicationId, token));
        }
    }

    public (int, string) Register(string applicationId, string? guildId, FakeDiscordRequestBody body)
    {
        lock (_gate)
        {
            _registrations.Add(new FakeDiscordCommandRegistration(applicationId, guildId, body.Payload, body.RawJson));
            return (200, body.RawJson);
        }
    }

    private static string MessageJson(string id, string channelId, string? nonce) =>
        JsonSerializer.Serialize(new { id, channel_id = channelId, nonce, content = "" });

    private List<T> Snapshot<T>(List<T> list)
    {
        lock (_gate)
        {
            return [.. list];
        }
    }
}
