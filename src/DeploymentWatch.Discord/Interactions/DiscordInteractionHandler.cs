using System.Text.Json;
using DeploymentWatch.Application.Commands;
using DeploymentWatch.Discord.Api;
using DeploymentWatch.Discord.Api.Dtos;
using DeploymentWatch.Discord.Interactions.Payloads;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Discord.Interactions;

/// <summary>
/// POST /discord/interactions: verify → PING/PONG → run the command within the 2-second budget and answer with the
/// reply (type 4), or answer "thinking…" (type 5) and edit the original response when the command finishes.
/// Every request that fails verification gets a 401 and never reaches a command.
/// </summary>
internal sealed class DiscordInteractionHandler(
    DiscordSignatureVerifier verifier,
    DiscordCommandRunner runner,
    IDiscordApiClient client,
    TimeProvider timeProvider,
    IOptions<DiscordOptions> options,
    ILogger<DiscordInteractionHandler> logger)
{
    private const int MaxBodyBytes = 1 << 20;
    private const int Ping = 1;
    private const int ApplicationCommand = 2;
    private static readonly TimeSpan ResponseSentTimeout = TimeSpan.FromSeconds(10);

    public async Task HandleAsync(HttpContext context)
    {
        var body = await ReadBodyAsync(context.Request, context.RequestAborted);
        if (body is null)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        var check = verifier.Verify(context.Request.Headers["X-Signature-Ed25519"], context.Request.Headers["X-Signature-Timestamp"], body);
        if (check != DiscordSignatureCheck.Valid)
        {
            // Information, not Warning: Discord itself sends bad signatures now and then to check that we refuse them.
            logger.LogInformation("Discord interaction refused with 401: signature {Check}", check);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await context.Response.WriteAsync("invalid request signature", context.RequestAborted);
            return;
        }

        DiscordInteraction? interaction;
        try
        {
            interaction = JsonSerializer.Deserialize(body, DiscordJsonContext.Default.DiscordInteraction);
        }
        catch (JsonException)
        {
            interaction = null;
        }

        switch (interaction?.Type)
        {
            case Ping:
                await WriteAsync(context, new DiscordInteractionResponse(DiscordInteractionResponse.Pong));
                break;
            case ApplicationCommand:
                await HandleCommandAsync(context, interaction);
                break;
            default:
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                break;
        }
    }

    private async Task HandleCommandAsync(HttpContext context, DiscordInteraction interaction)
    {
        var (request, refusal) = DiscordInteractionMapper.Map(interaction);
        if (request is null)
        {
            await WriteAsync(context, refusal!);
            return;
        }

        // The budget timer starts before the command so that the command's own start-up counts against it.
        var budget = Task.Delay(options.Value.InteractionReplyBudget, timeProvider, context.RequestAborted);
        var run = runner.Start(request);
        if (await Task.WhenAny(run, budget) == run && (await run).Message.Attachment is null)
        {
            var reply = DiscordReplyRenderer.Render(await run, isEdit: false).Payload;
            await WriteAsync(context, new DiscordInteractionResponse(DiscordInteractionResponse.ChannelMessage, reply));
            return;
        }

        // Slow (or carrying a chart, which an HTTP response body cannot upload): acknowledge now, edit when ready.
        // The edit must wait until Discord has the acknowledgement, or it would meet "Unknown interaction".
        var sent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        context.Response.OnCompleted(() =>
        {
            sent.TrySetResult();
            return Task.CompletedTask;
        });
        runner.Track(FinishAsync(run, sent.Task, interaction.ApplicationId ?? options.Value.ApplicationId ?? "", interaction.Token ?? ""));
        await WriteAsync(context, new DiscordInteractionResponse(DiscordInteractionResponse.Deferred));
    }

    private async Task FinishAsync(Task<CommandReply> run, Task responseSent, string applicationId, string token)
    {
        var reply = await run;
        await Task.WhenAny(responseSent, Task.Delay(ResponseSentTimeout, timeProvider, runner.Stopping));
        if (reply.IsError)
        {
            await SendLateErrorAsync(reply, applicationId, token);
            return;
        }

        var (payload, rendered) = DiscordReplyRenderer.Render(reply, isEdit: true);
        var result = await client.EditOriginalInteractionResponseAsync(applicationId, token, payload, rendered.Upload, runner.Stopping);
        if (!result.IsSuccess)
        {
            logger.LogWarning("Discord deferred reply could not be sent: {Failure}", result.Describe());
        }
    }

    /// <summary>
    /// An error that comes after the deferral must still be seen by its user only, but the public "thinking…"
    /// message cannot be made ephemeral. So it is deleted first (a follow-up right after a deferral would replace it
    /// publicly), then the error goes out as an ephemeral follow-up.
    /// </summary>
    private async Task SendLateErrorAsync(CommandReply reply, string applicationId, string token)
    {
        var deleted = await client.DeleteOriginalInteractionResponseAsync(applicationId, token, runner.Stopping);
        if (!deleted.IsSuccess)
        {
            logger.LogWarning("Discord deferred reply could not be removed: {Failure}", deleted.Describe());
        }

        var (payload, rendered) = DiscordReplyRenderer.Render(reply, isEdit: false);
        var result = await client.CreateFollowupMessageAsync(applicationId, token, payload, rendered.Upload, runner.Stopping);
        if (!result.IsSuccess)
        {
            logger.LogWarning("Discord error follow-up could not be sent: {Failure}", result.Describe());
        }
    }

    private static async Task WriteAsync(HttpContext context, DiscordInteractionResponse response)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json";
        await context.Response.Body.WriteAsync(JsonSerializer.SerializeToUtf8Bytes(response, DiscordJsonContext.Default.DiscordInteractionResponse), context.RequestAborted);
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
