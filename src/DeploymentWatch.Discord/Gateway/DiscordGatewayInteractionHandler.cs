using Discord.WebSocket;
using DeploymentWatch.Application.Commands;
using DeploymentWatch.Discord.Api;
using DeploymentWatch.Discord.Interactions;
using DeploymentWatch.Discord.Interactions.Payloads;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Discord.Gateway;

/// <summary>
/// Answers interactions that arrive over the Gateway exactly as the HTTP endpoint does (same mapper, runner, budget
/// and rendering), except that the first answer goes out as POST /interactions/{id}/{token}/callback on our own
/// REST client rather than in an HTTP response.
/// </summary>
internal sealed class DiscordGatewayInteractionHandler(
    CommandRunner runner,
    DiscordDeferredReply deferred,
    DiscordAutocomplete autocomplete,
    IDiscordApiClient client,
    IOptions<DiscordOptions> options,
    ILogger<DiscordGatewayInteractionHandler> logger)
{
    public Task HandleCommandAsync(SocketSlashCommand command, CancellationToken cancellationToken) =>
        HandleCommandAsync(DiscordSocketInteractionReader.Read(command), cancellationToken);

    public async Task HandleAutocompleteAsync(SocketAutocompleteInteraction interaction, CancellationToken cancellationToken)
    {
        var read = DiscordSocketInteractionReader.Read(interaction);
        var result = await client.CreateAutocompleteResponseAsync(read.Id ?? "", read.Token ?? "", DiscordAutocompleteResponse.Of(autocomplete.Suggest(read)), cancellationToken);
        if (!result.IsSuccess)
        {
            logger.LogWarning("Discord autocomplete answer could not be sent: {Failure}", result.Describe());
        }
    }

    internal async Task HandleCommandAsync(DiscordInteraction interaction, CancellationToken cancellationToken)
    {
        var id = interaction.Id ?? "";
        var token = interaction.Token ?? "";
        var (request, refusal) = DiscordInteractionMapper.Map(interaction);
        if (request is null)
        {
            await RespondAsync(id, token, refusal!, cancellationToken);
            return;
        }

        // The deferred edit must wait until Discord has the deferral, or it would meet "Unknown interaction".
        var acknowledged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var applicationId = interaction.ApplicationId ?? options.Value.ApplicationId ?? "";
        var run = new CommandRun(
            options.Value.InteractionReplyBudget,
            reply => reply.Message.Attachment is null,
            (reply, stopping) => deferred.SendAsync(reply, acknowledged.Task, applicationId, token, stopping));
        try
        {
            var answer = await runner.RunAsync(request, run, cancellationToken);
            await RespondAsync(id, token, answer is null
                ? new DiscordInteractionResponse(DiscordInteractionResponse.Deferred)
                : new DiscordInteractionResponse(DiscordInteractionResponse.ChannelMessage, DiscordReplyRenderer.Render(answer, isEdit: false).Payload), cancellationToken);
        }
        finally
        {
            acknowledged.TrySetResult();
        }
    }

    private async Task RespondAsync(string id, string token, DiscordInteractionResponse response, CancellationToken cancellationToken)
    {
        var result = await client.CreateInteractionResponseAsync(id, token, response, cancellationToken);
        if (!result.IsSuccess)
        {
            logger.LogWarning("Discord interaction answer could not be sent: {Failure}", result.Describe());
        }
    }
}
