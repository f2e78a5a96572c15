using System.Text;
using DeploymentWatch.Discord.Interactions;
using DeploymentWatch.TestKit.Discord;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace DeploymentWatch.Discord.Tests.Support;

/// <summary>
/// A real ASP.NET Core app on loopback with AddDiscord + MapDiscordInteractions, a recording command service and a
/// fake clock, and requests signed with RFC 8032 TEST 1's key (the app's configured public key).
/// </summary>
internal sealed class InteractionsHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _http = TestHttp.CreateClient();

    private InteractionsHost(WebApplication app, FakeTimeProvider time, RecordingCommandService commands, Ed25519TestKeys keys)
    {
        _app = app;
        Time = time;
        Commands = commands;
        Keys = keys;
    }

    /// <summary>The application's key pair: its public half is DISCORD_PUBLIC_KEY, its secret half signs like Discord.</summary>
    public Ed25519TestKeys Keys { get; }

    public FakeTimeProvider Time { get; }

    public RecordingCommandService Commands { get; }

    public IServiceProvider Services => _app.Services;

    public Uri Endpoint { get; private set; } = null!;

    public static async Task<InteractionsHost> StartAsync(FakeDiscordApi? discord = null, DateTimeOffset? now = null, Ed25519TestKeys? keys = null)
    {
        keys ??= Ed25519TestKeys.Rfc8032Test1;
        var time = now is { } start ? new FakeTimeProvider(start) : FakeTime.Create();
        var commands = new RecordingCommandService();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var settings = DiscordTestServices.Configuration(discord, discord is null ? "token-without-discord" : null);
        settings["DISCORD_PUBLIC_KEY"] = keys.PublicKeyHex;
        builder.Services.AddDiscordForTests(settings, time, commands);
        var app = builder.Build();
        app.MapDiscordInteractions();
        await app.StartAsync();
        return new InteractionsHost(app, time, commands, keys) { Endpoint = new Uri(app.Urls.First().TrimEnd('/') + DiscordInteractionEndpoints.DefaultPattern) };
    }

    public string Now => Time.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>POSTs <paramref name="body"/> signed now (or with the given headers; null leaves a header out).</summary>
    public Task<HttpResponseMessage> PostSignedAsync(string body) => PostAsync(body, Keys.Sign(Now, Encoding.UTF8.GetBytes(body)), Now);

    public async Task<HttpResponseMessage> PostAsync(string body, string? signature, string? timestamp)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", signature);
        }

        if (timestamp is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", timestamp);
        }

        return await _http.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
