using System.CommandLine;
using DeploymentWatch.Composition;
using DeploymentWatch.Discord.Commands;

namespace DeploymentWatch.Cli;

/// <summary>`discord register`: upserts the /deploymentwatch command set now (globally, or in DISCORD_DEVELOPMENT_GUILD_ID).</summary>
internal static class DiscordCommand
{
    public static Command Create(GlobalOptions global)
    {
        var register = new Command("register", "Register (bulk overwrite) the /deploymentwatch slash command with Discord");
        register.SetAction(async (parse, ct) =>
        {
            using var host = CliHost.Build(HostPaths.From(parse.GetValue(global.Config), parse.GetValue(global.Data)), Console.Error, LogLevel.Information);
            host.Services.GetService<Microsoft.Extensions.Options.IStartupValidator>()?.Validate();
            var result = await host.Services.GetRequiredService<DiscordCommandRegistrar>().RegisterAsync(ct);
            await (result.Succeeded ? Console.Out : Console.Error).WriteLineAsync("discord register: " + result.Detail);
            return result.Succeeded ? 0 : 1;
        });
        return new Command("discord", "Discord administration") { register };
    }
}
