using System.Globalization;
using System.Text.Json;
using Discord;
using Discord.WebSocket;
using DeploymentWatch.Discord.Api.Dtos;
using DeploymentWatch.Discord.Interactions.Payloads;

namespace DeploymentWatch.Discord.Gateway;

/// <summary>
/// Reads a Gateway interaction (Discord.Net's socket types) into the same <see cref="DiscordInteraction"/> the HTTP
/// endpoint parses, so one mapper checks and maps both. Discord.Net does not keep member.permissions, so they are
/// computed from the cached guild (Guilds intent: roles and the channel's overwrites); with no cached guild or
/// channel they are left out, and a command that changes the channel is refused.
/// </summary>
internal static class DiscordSocketInteractionReader
{
    public static DiscordInteraction Read(SocketSlashCommand command) =>
        Read(command, command.Data.Name, [Option(command.Data.Options)]);

    public static DiscordInteraction Read(SocketAutocompleteInteraction autocomplete)
    {
        // Discord.Net flattens the options: the subcommand first, then its arguments.
        var options = autocomplete.Data.Options.ToList();
        var subcommand = options.FirstOrDefault(o => o.Type == ApplicationCommandOptionType.SubCommand);
        var arguments = options.Where(o => o.Type != ApplicationCommandOptionType.SubCommand)
            .Select(o => new DiscordInteractionOption { Name = o.Name, Type = (int)o.Type, Value = Value(o.Value), Focused = o.Focused ? true : null })
            .ToList();
        var data = subcommand is null
            ? arguments
            : [new DiscordInteractionOption { Name = subcommand.Name, Type = DiscordCommandOptionType.SubCommand, Options = arguments }];
        return Read(autocomplete, autocomplete.Data.CommandName, data);
    }

    private static DiscordInteraction Read(SocketInteraction interaction, string name, IReadOnlyList<DiscordInteractionOption?> options) => new()
    {
        Id = interaction.Id.ToString(CultureInfo.InvariantCulture),
        ApplicationId = interaction.ApplicationId.ToString(CultureInfo.InvariantCulture),
        Type = (int)interaction.Type,
        Token = interaction.Token,
        GuildId = interaction.GuildId?.ToString(CultureInfo.InvariantCulture),
        ChannelId = interaction.ChannelId?.ToString(CultureInfo.InvariantCulture),
        Data = new DiscordInteractionData { Name = name, Options = options.OfType<DiscordInteractionOption>().ToList() },
        Member = interaction.GuildId is null ? null : new DiscordInteractionMember(User(interaction.User), Permissions(interaction)),
        User = interaction.GuildId is null ? User(interaction.User) : null,
    };

    private static DiscordInteractionOption? Option(IReadOnlyCollection<SocketSlashCommandDataOption> options)
    {
        var subcommand = options.FirstOrDefault(o => o.Type == ApplicationCommandOptionType.SubCommand);
        return subcommand is null ? null : new DiscordInteractionOption
        {
            Name = subcommand.Name,
            Type = DiscordCommandOptionType.SubCommand,
            Options = subcommand.Options.Select(o => new DiscordInteractionOption { Name = o.Name, Type = (int)o.Type, Value = Value(o.Value) }).ToList(),
        };
    }

    private static JsonElement? Value(object? value) => value switch
    {
        string or bool or long or int or double => JsonSerializer.SerializeToElement(value, value.GetType()),
        _ => null,
    };

    private static DiscordInteractionUser User(SocketUser user) => new(user.Id.ToString(CultureInfo.InvariantCulture));

    private static string? Permissions(SocketInteraction interaction)
    {
        if (interaction.User is not SocketGuildUser member || interaction.ChannelId is not { } channelId
            || member.Guild.GetChannel(channelId) is not IGuildChannel channel)
        {
            return null;
        }

        var bits = member.GetPermissions(channel).RawValue;
        if (member.GuildPermissions.Administrator)
        {
            bits |= (ulong)GuildPermission.Administrator;
        }

        return bits.ToString(CultureInfo.InvariantCulture);
    }
}
