using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DeploymentWatch.Application.Commands;
using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Application.Polling;
using DeploymentWatch.Domain.Subscriptions;
using DeploymentWatch.TestKit.Discord;
using DeploymentWatch.TestKit.Logging;
using Microsoft.Extensions.DependencyInjection;

namespace DeploymentWatch.Tests.EndToEnd;

/// <summary>
/// The real service in Gateway mode: no public key, DISCORD_GATEWAY_URL pointing at the fake Gateway and
/// DISCORD_API_BASE_URL at the fake REST API (which gets every answer). The test sends interactions as Discord would
/// (INTERACTION_CREATE) and reads the answers the service POSTs. Several instances can share one PostgreSQL
/// database; each instance's log lines are captured.
/// </summary>
internal sealed class DiscordGatewayEndToEndHost : IAsyncDisposable
{
    public const string ApplicationId = "1190000000000000001";
    public const string GuildId = "1190000000000000100";
    public const string ChannelId = "1190000000000000200";
    public const string ManagerRoleId = "1190000000000000150";
    public const string ManagerUserId = "1190000000000000300";
    public const string MemberUserId = "1190000000000000400";

    /// <summary>How long the service may take to answer in the first callback before it defers (its default, set here so the tests know it).</summary>
    public static readonly TimeSpan ReplyBudget = TimeSpan.FromSeconds(2);

    private readonly List<EndToEndService> _services = [];
    private readonly ServiceProvider _http = new ServiceCollection().AddHttpClient().BuildServiceProvider();
    private readonly string? _postgres;
    private int _interactions;

    private DiscordGatewayEndToEndHost(FakeDiscordApi api, FakeDiscordGateway gateway, string? postgres)
    {
        Api = api;
        Gateway = gateway;
        _postgres = postgres;
    }

    public FakeDiscordApi Api { get; }

    public FakeDiscordGateway Gateway { get; }

    public CapturingLoggerProvider Logs { get; } = new();

    /// <summary>Every interaction token sent so far: none may ever appear in a log.</summary>
    public List<string> Tokens { get; } = [];

    public static ChannelAddress Channel => new("discord", GuildId, ChannelId);

    public CancellationToken Cancellation => _services[0].Cancellation;

    public EndToEndService Service => _services[0];

    public static async Task<DiscordGatewayEndToEndHost> StartAsync(string? postgresConnectionString = null)
    {
        var api = await FakeDiscordApi.StartAsync();
        var gateway = await FakeDiscordGateway.StartAsync(new FakeDiscordGatewayGuild(GuildId, ChannelId, ManagerRoleId), api.Token, ApplicationId);
        return new DiscordGatewayEndToEndHost(api, gateway, postgresConnectionString);
    }

    /// <summary>Starts one more instance of the service (all share the fakes and, with PostgreSQL, the database).</summary>
    public async Task<EndToEndService> StartInstanceAsync()
    {
        var service = new EndToEndService("discord-gateway");
        _services.Add(service);
        var settings = new Dictionary<string, string?>
        {
            ["DISCORD_BOT_TOKEN"] = Api.Token,
            ["DISCORD_APPLICATION_ID"] = ApplicationId,
            ["DISCORD_API_BASE_URL"] = Api.BaseAddress.AbsoluteUri,
            ["DISCORD_GATEWAY_URL"] = Gateway.Url.AbsoluteUri,
            ["Discord:GatewayLeaseRetryInterval"] = "00:00:01",
            ["Discord:GatewayLeaseCheckInterval"] = "00:00:01",
            ["Discord:InteractionReplyBudget"] = ReplyBudget.ToString("c", CultureInfo.InvariantCulture),
        };
        if (_postgres is not null)
        {
            settings["Storage:Provider"] = "postgres";
            settings["Storage:PostgresConnectionString"] = _postgres;
        }

        await service.StartAsync(settings, Logs);
        return service;
    }

    public Task<(PollSummary Poll, DispatchSummary Sent)> RunCycleAsync() => Service.RunCycleAsync();

    public Task<Subscription?> SubscriptionAsync() => Service.SubscriptionAsync(Channel);

    public Task<IReadOnlyList<Mute>> ActiveMutesAsync() => Service.ActiveMutesAsync(Channel);

    /// <summary>
    /// Sends /deploymentwatch &lt;subcommand&gt; over the Gateway and returns what the user sees: the message of the
    /// type 4 callback, or, after a type 5 deferral, the edit of @original the service then sent.
    /// </summary>
    public async Task<DiscordCommandAnswer> RunCommandAsync(string subcommand, JsonObject? options = null, bool manager = true)
    {
        var (interaction, token) = Interaction(2, subcommand, options, manager, focused: null);
        var sent = TimeProvider.System.GetTimestamp();
        await Gateway.SendInteractionAsync(interaction, Cancellation);
        var callback = await Api.WaitForCallbackAsync(token, Cancellation);
        var waited = TimeProvider.System.GetElapsedTime(sent);
        if (callback.Type != 5)
        {
            return new DiscordCommandAnswer(callback.Type, JsonNode.Parse(callback.Payload.GetProperty("data").GetRawText())!.AsObject(), [], waited);
        }

        foreach (var service in _services.Where(s => s.IsRunning))
        {
            await service.Services.GetRequiredService<CommandRunner>().WhenIdleAsync().WaitAsync(Cancellation);
        }

        var edit = Assert.Single(Api.InteractionEdits, e => e.Token == token);
        Assert.Equal(ApplicationId, edit.ApplicationId);
        return new DiscordCommandAnswer(callback.Type, JsonNode.Parse(edit.Payload.GetRawText())!.AsObject(), edit.Files, waited);
    }

    /// <summary>Types <paramref name="typed"/> into an option and returns the suggested values.</summary>
    public async Task<IReadOnlyList<string>> AutocompleteAsync(string subcommand, string option, string typed)
    {
        var (interaction, token) = Interaction(4, subcommand, new JsonObject { [option] = typed }, manager: false, focused: option);
        await Gateway.SendInteractionAsync(interaction, Cancellation);
        var callback = await Api.WaitForCallbackAsync(token, Cancellation);
        Assert.Equal(8, callback.Type);
        return callback.Payload.GetProperty("data").GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString()!).ToList();
    }

    public async Task<string> HealthAsync(EndToEndService service)
    {
        var http = _http.GetRequiredService<IHttpClientFactory>().CreateClient();
        return await http.GetStringAsync(new Uri(service.Address, "/healthz"), Cancellation);
    }

    /// <summary>
    /// Waits (bounded by the service's guard) until the instance's /healthz says <paramref name="expected"/>: its
    /// Gateway state changes on Discord.Net's own tasks (Connected is raised on another thread than the one that
    /// goes on to dispatch interactions), so no other step of a test says when that has happened.
    /// </summary>
    public async Task WaitForHealthAsync(EndToEndService service, string expected)
    {
        while (!(await HealthAsync(service)).Contains(expected, StringComparison.Ordinal))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), TimeProvider.System, Cancellation);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var service in _services)
        {
            await service.DisposeAsync();
        }

        await Gateway.DisposeAsync();
        await Api.DisposeAsync();
        await _http.DisposeAsync();
    }

    private (JsonObject Interaction, string Token) Interaction(int type, string subcommand, JsonObject? options, bool manager, string? focused)
    {
        var n = Interlocked.Increment(ref _interactions);
        var token = "aW50ZXJhY3Rpb246Z3c" + n.ToString("D6", CultureInfo.InvariantCulture);
        Tokens.Add(token);
        var optionArray = new JsonArray();
        foreach (var (name, value) in options ?? new JsonObject())
        {
            var kind = value!.GetValueKind() switch
            {
                JsonValueKind.True or JsonValueKind.False => 5,
                JsonValueKind.Number => 4,
                _ => 3,
            };
            var option = new JsonObject { ["name"] = name, ["type"] = kind, ["value"] = value.DeepClone() };
            if (name == focused)
            {
                option["focused"] = true;
            }

            optionArray.Add(option);
        }

        var userId = manager ? ManagerUserId : MemberUserId;
        return (new JsonObject
        {
            ["app_permissions"] = "442368",
            ["application_id"] = ApplicationId,
            ["authorizing_integration_owners"] = new JsonObject { ["0"] = GuildId },
            ["channel"] = new JsonObject { ["id"] = ChannelId, ["type"] = 0, ["guild_id"] = GuildId, ["name"] = "alerts" },
            ["channel_id"] = ChannelId,
            ["context"] = 0,
            ["data"] = new JsonObject
            {
                ["id"] = "1190000000000000009",
                ["name"] = "deploymentwatch",
                ["type"] = 1,
                ["options"] = new JsonArray(new JsonObject { ["name"] = subcommand, ["type"] = 1, ["options"] = optionArray }),
            },
            ["entitlements"] = new JsonArray(),
            ["guild_id"] = GuildId,
            ["guild_locale"] = "en-US",
            ["id"] = (1190000000000001000L + n).ToString(CultureInfo.InvariantCulture),
            ["locale"] = "en-US",
            ["member"] = new JsonObject
            {
                ["user"] = new JsonObject { ["id"] = userId, ["username"] = "someone", ["discriminator"] = "0", ["avatar"] = null, ["global_name"] = null },
                ["roles"] = manager ? new JsonArray(ManagerRoleId) : new JsonArray(),
                ["permissions"] = manager ? "3088" : "3072",
                ["joined_at"] = "2024-11-01T12:00:00.000000+00:00",
                ["deaf"] = false,
                ["mute"] = false,
                ["flags"] = 0,
            },
            ["token"] = token,
            ["type"] = type,
            ["version"] = 1,
        }, token);
    }
}
