using DeploymentWatch.Application.Commands;
using DeploymentWatch.Domain.Commands;
using DeploymentWatch.Slack.Alerts;

namespace DeploymentWatch.Slack.Commands;

/// <summary>
/// Renders a command's reply with the alert renderer. Replies are ephemeral (only the user sees them), except a
/// successful change to the channel, which the channel should see.
/// </summary>
internal static class SlackCommandReplyRenderer
{
    public static SlackCommandResponse Render(CommandReply reply, string commandText)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var rendered = SlackBlockKitRenderer.Render(reply.Message);
        var changesChannel = FindSpec(commandText)?.ChangesChannel == true;
        return new SlackCommandResponse(!reply.IsError && changesChannel, rendered.Text, rendered.Blocks);
    }

    public static CommandSpec? FindSpec(string commandText)
    {
        ArgumentNullException.ThrowIfNull(commandText);
        var name = commandText.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return name is null ? null : CommandCatalog.Find(name);
    }
}
