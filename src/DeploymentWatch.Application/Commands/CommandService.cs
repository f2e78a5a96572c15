using DeploymentWatch.Application.Metrics;
using DeploymentWatch.Domain.Commands;
using DeploymentWatch.Domain.Messages;
using DeploymentWatch.Domain.Profiles;
using Microsoft.Extensions.Logging;

namespace DeploymentWatch.Application.Commands;

/// <summary>
/// The command layer every front end calls: parse with the shared grammar, check permission (changing a channel
/// needs a channel manager; lookups are open to all), run, and answer with a platform-neutral reply.
/// </summary>
public sealed class CommandService(
    ProfileSet profiles,
    ChannelSettingsCommands channelSettings,
    FiguresReplyBuilder figures,
    LatestReplyBuilder latest,
    TimeProvider time,
    ILogger<CommandService> logger) : ICommandService
{
    private readonly CommandParser _parser = new(profiles);

    public async Task<CommandReply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parsed = _parser.Parse(request.Text, time.GetUtcNow());
        DeploymentWatchMetrics.CommandReceived(parsed.Command?.Name ?? "invalid", request.Channel.Platform);
        if (!parsed.IsSuccess)
        {
            return CommandReply.Error("Sorry, I can't run that", parsed.Error!);
        }

        var command = parsed.Command!;
        if (command.ChangesChannel && !request.CanManageChannel)
        {
            return CommandReply.Error(
                "Permission needed",
                $"`{command.Name}` changes what this channel receives, so it needs a channel manager " +
                "(Manage Channels on Discord; a workspace admin or an allowed user on Slack). Lookups such as `figures`, `latest` and `status` are open to everyone.");
        }

        logger.LogInformation("Command {Command} in {Channel} by {User}", command.Name, request.Channel, request.UserId);
        return command switch
        {
            HelpCommand help => Ok(HelpReplyBuilder.Build(help.Command)),
            TopicsCommand => Ok(TopicsReply()),
            FiguresCommand f => await figures.BuildAsync(f, cancellationToken),
            LatestCommand l => Ok(await latest.BuildAsync(l.Topic, cancellationToken)),
            _ => await channelSettings.ExecuteAsync(request.Channel, command, cancellationToken),
        };
    }

    private static CommandReply Ok(MessageDocument document) => new(document, false);

    private MessageDocument TopicsReply() => new(
        "Topics",
        "Subscribe to any of these with `subscribe <topic>`; mute one with `mute <topic> 6h`.",
        profiles.Topics.Select(t => new MessageField(t.Id, t.Description)).ToArray());
}
