using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Domain.Messages;
using DeploymentWatch.Domain.Subscriptions;

namespace DeploymentWatch.TestKit.Fakes;

/// <summary>
/// A channel that records what it was sent. Like Discord with enforce_nonce, a second send with the same idempotency
/// key returns the first message instead of posting again. Outcomes can be scripted per send.
/// </summary>
public sealed class RecordingChannel(string platform = "console") : IAlertChannel
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, string> _byKey = [];
    private readonly List<(ChannelAddress Channel, MessageDocument Message, string Key)> _posted = [];
    private readonly Queue<DeliveryOutcome> _scripted = new();

    public string Platform { get; } = platform;

    public IReadOnlyList<(ChannelAddress Channel, MessageDocument Message, string Key)> Posted
    {
        get
        {
            lock (_gate)
            {
                return _posted.ToArray();
            }
        }
    }

    public List<(ChannelAddress Channel, string MessageRef, MessageDocument Message)> Edits { get; } = [];

    public int Attempts { get; private set; }

    /// <summary>Throws on the next send after recording it, as a process killed between send and bookkeeping would.</summary>
    public bool CrashAfterNextSend { get; set; }

    public void Script(params DeliveryOutcome[] outcomes)
    {
        foreach (var outcome in outcomes)
        {
            _scripted.Enqueue(outcome);
        }
    }

    public Task<DeliveryOutcome> SendAsync(ChannelAddress channel, MessageDocument message, string idempotencyKey, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            Attempts++;
            if (_scripted.TryDequeue(out var scripted))
            {
                return Task.FromResult(scripted);
            }

            if (!_byKey.TryGetValue(idempotencyKey, out var messageRef))
            {
                messageRef = "m" + (_posted.Count + 1);
                _byKey[idempotencyKey] = messageRef;
                _posted.Add((channel, message, idempotencyKey));
            }

            if (CrashAfterNextSend)
            {
                CrashAfterNextSend = false;
                throw new OperationCanceledException("simulated crash after the platform accepted the message");
            }

            return Task.FromResult(DeliveryOutcome.Delivered(messageRef));
        }
    }

    public Task<DeliveryOutcome> EditAsync(ChannelAddress channel, string messageRef, MessageDocument message, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            Edits.Add((channel, messageRef, message));
            return Task.FromResult(DeliveryOutcome.Delivered(messageRef));
        }
    }
}
