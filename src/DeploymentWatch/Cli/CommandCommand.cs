using System.CommandLine;
using DeploymentWatch.Application.Commands;
using DeploymentWatch.Application.Delivery;
using DeploymentWatch.Channels;
using DeploymentWatch.Composition;
using DeploymentWatch.Domain.Subscriptions;

namespace DeploymentWatch.Cli;

/// <summary>
/// `command "TEXT" --channel console:ops`: the local front end. Runs the same command layer as Discord and Slack
/// against a console channel; with no TEXT it opens a prompt. Messages the command causes (a catch-up) are
/// delivered right away.
/// </summary>
internal static class CommandCommand
{
    public static Command Create(GlobalOptions global)
    {
        var text = new Argument<string?>("text") { Description = "The command, e.g. \"subscribe casualties\" (omit for a prompt)", Arity = ArgumentArity.ZeroOrOne };
        var channel = new Option<string>("--channel") { Description = "The channel it is typed in", DefaultValueFactory = _ => "console:default" };
        var command = new Command("command", "Run a channel command locally (subscribe, mute, figures, latest, status, topics, help…)")
        {
            text, channel,
        };
        command.SetAction((parse, ct) => RunAsync(
            HostPaths.From(parse.GetValue(global.Config), parse.GetValue(global.Data)),
            parse.GetValue(text),
            parse.GetValue(channel)!,
            ct));
        return command;
    }

    private static async Task<int> RunAsync(HostPaths paths, string? text, string channelText, CancellationToken cancellationToken)
    {
        if (!ChannelAddress.TryParse(channelText, out var channel) || channel is null)
        {
            await Console.Error.WriteLineAsync($"error: '{channelText}' is not a channel; use platform:name such as console:ops.");
            return 2;
        }

        using var host = CliHost.Build(paths, Console.Out);
        await CliHost.PrepareAsync(host.Services, cancellationToken);
        var service = host.Services.GetRequiredService<ICommandService>();
        var dispatcher = host.Services.GetRequiredService<OutboxDispatcher>();
        var attachments = host.Services.GetRequiredService<AttachmentWriter>();
        if (text is not null)
        {
            return await RunOneAsync(service, dispatcher, attachments, channel, text, cancellationToken) ? 0 : 1;
        }

        await Console.Out.WriteLineAsync($"DeploymentWatch in {channel}. Type a command (`help` lists them); an empty line or Ctrl-D ends.");
        while (true)
        {
            await Console.Out.WriteAsync("> ");
            var line = await Console.In.ReadLineAsync(cancellationToken);
            if (string.IsNullOrWhiteSpace(line) || line.Trim() is "exit" or "quit")
            {
                return 0;
            }

            await RunOneAsync(service, dispatcher, attachments, channel, line, cancellationToken);
        }
    }

    private static async Task<bool> RunOneAsync(
        ICommandService service, OutboxDispatcher dispatcher, AttachmentWriter attachments, ChannelAddress channel, string text, CancellationToken cancellationToken)
    {
        var reply = await service.ExecuteAsync(new CommandRequest(channel, "local", CanManageChannel: true, text), cancellationToken);
        var writer = reply.IsError ? Console.Error : Console.Out;
        await writer.WriteAsync(PlainTextRenderer.Render(reply.Message));
        if (attachments.Save(reply.Message.Attachment) is { } path)
        {
            await writer.WriteLineAsync($"  chart written to {path}");
        }

        await dispatcher.DispatchAsync(cancellationToken);
        return !reply.IsError;
    }
}
