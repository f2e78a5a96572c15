using DeploymentWatch.Domain.Commands;
using DeploymentWatch.Domain.Messages;

namespace DeploymentWatch.Application.Commands;

/// <summary>Help, from the command catalog: every command with its usage and an example, or one in detail.</summary>
public static class HelpReplyBuilder
{
    public static MessageDocument Build(string? commandName)
    {
        if (commandName is not null && CommandCatalog.Find(commandName) is { } spec)
        {
            var arguments = spec.Arguments.Count == 0
                ? "No arguments."
                : string.Join('\n', spec.Arguments.Select(a => $"{a.Name}{(a.Required ? string.Empty : " (optional)")}: {a.Description}"));
            return new MessageDocument(
                $"help: {spec.Name}",
                spec.Description,
                [
                    new MessageField("Usage", spec.Usage),
                    new MessageField("Arguments", arguments),
                    new MessageField("Example", spec.Example),
                    new MessageField("Who", spec.ChangesChannel ? "Channel managers" : "Everyone", Inline: true),
                ]);
        }

        return new MessageDocument(
            "DeploymentWatch commands",
            "Alerts on North Korean troop deployments, their casualties, and ICBM or spy-satellite launches. " +
            "Commands marked * change this channel and need a channel manager.",
            CommandCatalog.Commands
                .Select(c => new MessageField($"{c.Usage}{(c.ChangesChannel ? " *" : string.Empty)}", $"{c.Description} Example: `{c.Example}`"))
                .ToArray());
    }
}
