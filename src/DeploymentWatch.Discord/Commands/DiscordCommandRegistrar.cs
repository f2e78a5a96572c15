using DeploymentWatch.Discord.Api;
using DeploymentWatch.Domain.Profiles;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Discord.Commands;

/// <summary>
/// Upserts the slash commands with one bulk overwrite: PUT /applications/{app}/commands, or the guild route when
/// DISCORD_DEVELOPMENT_GUILD_ID is set (guild commands update instantly; global ones can take a while). A bulk
/// overwrite is idempotent, so calling it on every start costs nothing when nothing changed.
/// </summary>
public sealed class DiscordCommandRegistrar
{
    private readonly IDiscordApiClient _client;
    private readonly ProfileSet _profiles;
    private readonly IOptions<DiscordOptions> _options;
    private readonly ILogger<DiscordCommandRegistrar> _logger;

    internal DiscordCommandRegistrar(IDiscordApiClient client, ProfileSet profiles, IOptions<DiscordOptions> options, ILogger<DiscordCommandRegistrar> logger)
    {
        _client = client;
        _profiles = profiles;
        _options = options;
        _logger = logger;
    }

    public async Task<DiscordRegistrationResult> RegisterAsync(CancellationToken cancellationToken)
    {
        var options = _options.Value;
        if (!options.Enabled)
        {
            return new DiscordRegistrationResult(false, "skipped: DISCORD_BOT_TOKEN not set");
        }

        var scope = options.DevelopmentGuildId is { } guild ? $"guild {guild}" : "global";
        var result = await _client.BulkOverwriteCommandsAsync(options.ApplicationId!, options.DevelopmentGuildId, [DiscordCommandBuilder.Build(_profiles)], cancellationToken);
        if (!result.IsSuccess)
        {
            _logger.LogError("Registering Discord commands ({Scope}) failed: {Failure}", scope, result.Describe());
            return new DiscordRegistrationResult(false, $"failed ({scope}): {result.Describe()}");
        }

        _logger.LogInformation("Registered /{Command} ({Scope}); Discord now has {Count} command(s)", DiscordCommandBuilder.CommandName, scope, result.Value);
        return new DiscordRegistrationResult(true, $"registered /{DiscordCommandBuilder.CommandName} ({scope}), {result.Value} command(s)");
    }
}
