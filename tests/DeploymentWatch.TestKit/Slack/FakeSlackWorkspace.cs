using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;

namespace DeploymentWatch.TestKit.Slack;

/// <summary>
/// The fake workspace behind <see cref="FakeSlackApi"/>: channels (with membership, privacy, archiving), users,
/// messages per channel and uploaded files. Answers follow the spec's response examples with this workspace's values.
/// </summary>
public sealed class FakeSlackWorkspace(SlackWebApiSpec spec)
{
    private readonly ConcurrentDictionary<string, FakeSlackChannel> channels = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FakeSlackUser> users = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FakeSlackUpload> uploads = new(StringComparer.Ordinal);
    private readonly object gate = new();
    private long nextTs = 1_700_000_000_000100;
    private int nextFile;

    public SlackWebApiSpec Spec { get; } = spec;

    public IReadOnlyDictionary<string, FakeSlackUpload> Uploads => uploads;

    public FakeSlackChannel AddChannel(string id, bool isMember = true, bool isPrivate = false, bool isArchived = false) =>
        channels[id] = new FakeSlackChannel(id, isPrivate, isMember, isArchived);

    public void AddUser(string id, bool isAdmin = false, bool isOwner = false) => users[id] = new FakeSlackUser(id, isAdmin, isOwner);

    public FakeSlackChannel Channel(string id) => channels[id];

    /// <summary>A snapshot of the messages in a channel, oldest first.</summary>
    public IReadOnlyList<FakeSlackMessage> MessagesIn(string channel)
    {
        lock (gate)
        {
            return channels.TryGetValue(channel, out var c) ? [.. c.Messages] : [];
        }
    }

    public JsonObject Answer(string method, JsonObject arguments, Uri root)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        lock (gate)
        {
            return method switch
            {
                "chat.postMessage" => Post(arguments),
                "chat.update" => Update(arguments),
                "conversations.join" => Join(arguments),
                "users.info" => UserInfo(arguments),
                "files.getUploadURLExternal" => UploadUrl(root),
                "files.completeUploadExternal" => CompleteUpload(arguments),
                _ => Error("unknown_method"),
            };
        }
    }

    public bool ReceiveUpload(string fileId, byte[] content, bool sentAuthorization)
    {
        if (!uploads.TryGetValue(fileId, out var upload))
        {
            return false;
        }

        uploads[fileId] = upload with { Content = content, SentAuthorization = sentAuthorization };
        return true;
    }

    private JsonObject Post(JsonObject arguments)
    {
        var id = (string?)arguments["channel"] ?? string.Empty;
        if (Writable(id) is { } error)
        {
            return error;
        }

        var ts = (nextTs++ / 1_000_000m).ToString("0.000000", CultureInfo.InvariantCulture);
        channels[id].Messages.Add(new FakeSlackMessage(ts, (string?)arguments["text"], FakeSlackRequestReader.Blocks(arguments)?.DeepClone().AsArray()));
        return Example("chat.postMessage", example =>
        {
            example["channel"] = id;
            example["ts"] = ts;
            example["message"]!["ts"] = ts;
            example["message"]!["text"] = (string?)arguments["text"];
        });
    }

    private JsonObject Update(JsonObject arguments)
    {
        var id = (string?)arguments["channel"] ?? string.Empty;
        var ts = (string?)arguments["ts"];
        if (Writable(id) is { } error)
        {
            return error;
        }

        var messages = channels[id].Messages;
        var index = messages.FindIndex(m => m.Ts == ts);
        if (index < 0)
        {
            return Error("message_not_found");
        }

        messages[index] = new FakeSlackMessage(ts!, (string?)arguments["text"], FakeSlackRequestReader.Blocks(arguments)?.DeepClone().AsArray());
        return Example("chat.update", example =>
        {
            example["channel"] = id;
            example["ts"] = ts;
            example["text"] = (string?)arguments["text"];
        });
    }

    private JsonObject Join(JsonObject arguments)
    {
        var id = (string?)arguments["channel"] ?? string.Empty;
        if (!channels.TryGetValue(id, out var channel))
        {
            return Error("channel_not_found");
        }

        if (channel.IsArchived)
        {
            return Error("is_archived");
        }

        if (channel.IsPrivate)
        {
            return Error("method_not_supported_for_channel_type");
        }

        channel.IsMember = true;
        return Example("conversations.join", example => example["channel"]!["id"] = id);
    }

    private JsonObject UserInfo(JsonObject arguments)
    {
        if (!users.TryGetValue((string?)arguments["user"] ?? string.Empty, out var user))
        {
            return Error("user_not_found");
        }

        return Example("users.info", example =>
        {
            example["user"]!["id"] = user.Id;
            example["user"]!["is_admin"] = user.IsAdmin;
            example["user"]!["is_owner"] = user.IsOwner;
            example["user"]!["is_primary_owner"] = false;
        });
    }

    private JsonObject UploadUrl(Uri root)
    {
        var fileId = $"F{++nextFile:D8}";
        uploads[fileId] = new FakeSlackUpload(fileId, null, null, null, false);
        return new JsonObject { ["ok"] = true, ["upload_url"] = new Uri(root, $"upload/{fileId}").AbsoluteUri, ["file_id"] = fileId };
    }

    private JsonObject CompleteUpload(JsonObject arguments)
    {
        var files = JsonNode.Parse((string?)arguments["files"] ?? "[]") as JsonArray ?? [];
        var channel = (string?)arguments["channel_id"];
        var result = new JsonArray();
        foreach (var file in files)
        {
            var id = (string?)file?["id"] ?? string.Empty;
            if (!uploads.TryGetValue(id, out var upload) || upload.Content is null)
            {
                return Error("file_not_found");
            }

            if (channel is not null)
            {
                if (Writable(channel) is { } error)
                {
                    return error;
                }

                channels[channel].SharedFileIds.Add(id);
            }

            uploads[id] = upload with { Title = (string?)file!["title"], Channel = channel };
            result.Add(new JsonObject { ["id"] = id, ["title"] = (string?)file!["title"] });
        }

        return new JsonObject { ["ok"] = true, ["files"] = result };
    }

    // Without chat:write.public a bot must be in the channel; private channels it is not in do not exist for it.
    private JsonObject? Writable(string id) =>
        !channels.TryGetValue(id, out var channel) || (channel.IsPrivate && !channel.IsMember) ? Error("channel_not_found")
        : channel.IsArchived ? Error("is_archived")
        : !channel.IsMember ? Error("not_in_channel")
        : null;

    private JsonObject Example(string method, Action<JsonObject> fill)
    {
        var example = Spec.Find(method)?.SuccessExample?.DeepClone().AsObject() ?? new JsonObject { ["ok"] = true };
        fill(example);
        return example;
    }

    private static JsonObject Error(string code) => new() { ["ok"] = false, ["error"] = code };
}
