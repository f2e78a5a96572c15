using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DeploymentWatch.Application.Commands;
using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Application.Polling;
using DeploymentWatch.Discord.Interactions;
using DeploymentWatch.Domain.Subscriptions;
using DeploymentWatch.TestKit.Discord;
using Microsoft.Extensions.DependencyInjection;

namespace DeploymentWatch.Tests.EndToEnd;

/// <summary>
/// The real service (<see cref="ServiceApplication"/>, no scheduler) on loopback, pointed at the fake Discord API
/// (which holds every request to the official OpenAPI spec), with a freshly generated Ed25519 key pair as the
/// application's key and a temp config whose only feed is a local article folder. The test drives polling cycles
/// itself and talks to the service as Discord would: signed POSTs to /discord/interactions. Every wait is bounded by
/// one guard of a minute.
/// </summary>
internal sealed class DiscordEndToEndHost : IAsyncDisposable
{
    public const string ApplicationId = "1190000000000000001";
    public const string GuildId = "1190000000000000100";
    public const string ChannelId = "1190000000000000200";
    public const string ManagerUserId = "1190000000000000300";
    public const string MemberUserId = "1190000000000000400";

    /// <summary>VIEW_CHANNEL | SEND_MESSAGES | MANAGE_CHANNELS (0x10), as a decimal string like Discord sends it.</summary>
    public const string ManagerPermissions = "3088";

    /// <summary>VIEW_CHANNEL | SEND_MESSAGES: may look things up, may not change the channel.</summary>
    public const string MemberPermissions = "3072";

    private readonly EndToEndService service = new("discord");
    private readonly ServiceProvider httpServices = new ServiceCollection().AddHttpClient().BuildServiceProvider();
    private int interactions;

    private DiscordEndToEndHost(FakeDiscordApi api)
    {
        Api = api;
    }

    public FakeDiscordApi Api { get; }

    /// <summary>The application's key pair: DISCORD_PUBLIC_KEY is its public half; its secret half signs like Discord.</summary>
    public DiscordInteractionSigner Signer { get; } = DiscordInteractionSigner.Generate();

    public Uri InteractionsEndpoint { get; private set; } = null!;

    public CancellationToken Cancellation => service.Cancellation;

    public static ChannelAddress Channel => new("discord", GuildId, ChannelId);

    private IServiceProvider Services => service.Services;

    public static async Task<DiscordEndToEndHost> StartAsync()
    {
        var api = await FakeDiscordApi.StartAsync();
        var host = new DiscordEndToEndHost(api);
        try
        {
            await host.StartServiceAsync();
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    public void WriteArticle(string fileName, string title, string body) => service.WriteArticle(fileName, title, body);

    /// <summary>One cycle as the scheduler would run it: poll every feed now, then deliver what is due.</summary>
    public Task<(PollSummary Poll, DispatchSummary Sent)> RunCycleAsync() => service.RunCycleAsync();

    public Task<Subscription?> SubscriptionAsync() => service.SubscriptionAsync(Channel);

    public Task<IReadOnlyList<Mute>> ActiveMutesAsync() => service.ActiveMutesAsync(Channel);

    /// <summary>
    /// An APPLICATION_COMMAND interaction for /deploymentwatch &lt;subcommand&gt; in the guild channel, shaped like
    /// the example in Discord's docs, with its own id and continuation token.
    /// </summary>
    public string CommandInteraction(string subcommand, JsonObject? options = null, string userId = ManagerUserId, string permissions = ManagerPermissions) =>
        CommandInteraction(subcommand, options, userId, permissions, out _);

    public string CommandInteraction(string subcommand, JsonObject? options, string userId, string permissions, out string token)
    {
        var n = Interlocked.Increment(ref interactions);
        token = "aW50ZXJhY3Rpb246e2e" + n.ToString("D6", CultureInfo.InvariantCulture);
        var optionArray = new JsonArray();
        foreach (var (name, value) in options ?? new JsonObject())
        {
            // Discord's option types: 3 STRING, 4 INTEGER, 5 BOOLEAN.
            var type = value!.GetValueKind() switch
            {
                JsonValueKind.True or JsonValueKind.False => 5,
                JsonValueKind.Number => 4,
                _ => 3,
            };
            optionArray.Add(new JsonObject { ["name"] = name, ["type"] = type, ["value"] = value.DeepClone() });
        }

        return new JsonObject
        {
            ["app_permissions"] = "442368",
            ["application_id"] = ApplicationId,
            ["channel_id"] = ChannelId,
            ["data"] = new JsonObject
            {
                ["id"] = "1190000000000000009",
                ["name"] = "deploymentwatch",
                ["type"] = 1,
                ["options"] = new JsonArray(new JsonObject { ["name"] = subcommand, ["type"] = 1, ["options"] = optionArray }),
            },
            ["guild_id"] = GuildId,
            ["guild_locale"] = "en-US",
            ["id"] = (1190000000000001000L + n).ToString(CultureInfo.InvariantCulture),
            ["locale"] = "en-US",
            ["member"] = new JsonObject
            {
                ["user"] = new JsonObject { ["id"] = userId, ["username"] = "someone", ["discriminator"] = "0" },
                ["roles"] = new JsonArray(),
                ["permissions"] = permissions,
                ["joined_at"] = "2024-11-01T12:00:00.000000+00:00",
            },
            ["token"] = token,
            ["type"] = 2,
            ["version"] = 1,
        }.ToJsonString();
    }

    /// <summary>POSTs a body to /discord/interactions with the given headers (null leaves a header out).</summary>
    public async Task<(HttpStatusCode Status, string Body)> PostAsync(string body, string? timestamp, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, InteractionsEndpoint)
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", signature);
        }

        if (timestamp is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", timestamp);
        }

        var http = httpServices.GetRequiredService<IHttpClientFactory>().CreateClient();
        using var response = await http.SendAsync(request, Cancellation);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Cancellation));
    }

    /// <summary>POSTs a body signed now by the real clock (the service checks it against TimeProvider.System).</summary>
    public Task<(HttpStatusCode Status, string Body)> PostSignedAsync(string body)
    {
        var (timestamp, signature) = Signer.Sign(body, TimeProvider.System.GetUtcNow());
        return PostAsync(body, timestamp, signature);
    }

    /// <summary>
    /// Runs one subcommand as Discord would and returns the reply the user sees: the message of a type 4 response,
    /// or, when the service deferred (type 5, "thinking…"), the PATCH of @original it then sent to the fake.
    /// </summary>
    public async Task<DiscordCommandAnswer> RunCommandAsync(string subcommand, JsonObject? options = null, string userId = ManagerUserId, string permissions = ManagerPermissions)
    {
        var body = CommandInteraction(subcommand, options, userId, permissions, out var token);
        var sent = TimeProvider.System.GetTimestamp();
        var (status, reply) = await PostSignedAsync(body);
        var waited = TimeProvider.System.GetElapsedTime(sent);
        if (status != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"/deploymentwatch {subcommand} answered {(int)status}: {reply}");
        }

        var response = JsonNode.Parse(reply)!.AsObject();
        var type = (int)response["type"]!;
        if (type != 5)
        {
            return new DiscordCommandAnswer(type, response["data"]!.AsObject(), [], waited);
        }

        await DeferredRepliesSentAsync();
        var edit = Assert.Single(Api.InteractionEdits, e => e.Token == token);
        Assert.Equal(ApplicationId, edit.ApplicationId);
        return new DiscordCommandAnswer(type, JsonNode.Parse(edit.Payload.GetRawText())!.AsObject(), edit.Files, waited);
    }

    public async ValueTask DisposeAsync()
    {
        await service.DisposeAsync();

        await Api.DisposeAsync();
        await httpServices.DisposeAsync();
    }

    private async Task StartServiceAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["DISCORD_BOT_TOKEN"] = Api.Token,
            ["DISCORD_APPLICATION_ID"] = ApplicationId,
            ["DISCORD_PUBLIC_KEY"] = Signer.PublicKeyHex,
            ["DISCORD_API_BASE_URL"] = Api.BaseAddress.AbsoluteUri,
        };
        await service.StartAsync(settings);
        InteractionsEndpoint = new Uri(service.Address, DiscordInteractionEndpoints.DefaultPattern);
    }

    // A deferred reply is sent by a follow-up the shared command runner tracks; WhenIdleAsync completes once every
    // follow-up started so far has been sent to the fake: a signal, not a sleep.
    private Task DeferredRepliesSentAsync() =>
        Services.GetRequiredService<CommandRunner>().WhenIdleAsync().WaitAsync(Cancellation);
}

/// <summary>
/// What a user sees after a command: the interaction response type (4 at once, 5 deferred), the message, the files
/// uploaded with a deferred reply's edit, and how long the caller waited for the first answer (real time).
/// </summary>
internal sealed record DiscordCommandAnswer(int ResponseType, JsonObject Message, IReadOnlyList<FakeDiscordFile> Files, TimeSpan Waited)
{
    // The service's timers count milliseconds of a coarse clock, so one may end up to a tick before its time.
    private static readonly TimeSpan TimerTick = TimeSpan.FromMilliseconds(16);

    public bool IsEphemeral => Message["flags"] is JsonValue flags && ((int)flags & 64) != 0;

    public string Text => DiscordMessageText.Of(Message);

    public JsonObject FirstEmbed => Message["embeds"]![0]!.AsObject();

    /// <summary>
    /// A reply the first answer can carry goes in it (type 4) when the command finishes within the service's reply
    /// budget. That budget runs on the real clock, and on a busy machine a cold command can outlast it: the service
    /// then rightly defers (type 5) and edits the reply in. Deferring is right only once the budget has run out,
    /// which the caller sees, as it waited for everything the service did before answering.
    /// </summary>
    public void AssertAnsweredAtOnceUnlessTheBudgetRanOut(TimeSpan replyBudget)
    {
        if (ResponseType != 4)
        {
            Assert.Equal(5, ResponseType);
            Assert.True(Waited >= replyBudget - TimerTick, $"deferred after {Waited.TotalMilliseconds:0} ms, within the {replyBudget.TotalMilliseconds:0} ms reply budget");
        }
    }
}
