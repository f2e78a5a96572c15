using System.Text.Json;
using DeploymentWatch.Application.Commands;
using DeploymentWatch.Discord.Api.Dtos;
using DeploymentWatch.Discord.Interactions.Payloads;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Discord.Interactions;

/// <summary>
/// POST /discord/interactions: verify → PING/PONG → run the command within the 2-second budget and answer with the
/// reply (type 4), or answer "thinking…" (type 5) and edit the original response when the command finishes;
/// autocomplete (type 4 interactions) gets its suggestions (type 8).
/// Every request that fails verification gets a 401 and never reaches a command.
/// </summary>
internal sealed class DiscordInteractionHandler(
    DiscordSignatureVerifier verifier,
    CommandRunner runner,
    DiscordDeferredReply deferred,
    DiscordAutocomplete autocomplete,
    IOptions<DiscordOptions> options,
    ILogger<DiscordInteractionHandler> logger)
{
    private const int MaxBodyBytes = 1 << 20;
    private const int Ping = 1;
    private const int ApplicationCommand = 2;
    private const int Autocomplete = 4;

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
            case Autocomplete:
                context.Response.StatusCode = StatusCodes.Status200OK;
                context.Response.ContentType = "application/json";
                var choices = DiscordAutocompleteResponse.Of(autocomplete.Suggest(interaction));
                await context.Response.Body.WriteAsync(JsonSerializer.SerializeToUtf8Bytes(choices, DiscordJsonContext.Default.DiscordAutocompleteResponse), context.RequestAborted);
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

        // A deferred reply must wait until Discord has the acknowledgement, which is this response.
        var sent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        context.Response.OnCompleted(() =>
        {
            sent.TrySetResult();
            return Task.CompletedTask;
        });
        var applicationId = interaction.ApplicationId ?? options.Value.ApplicationId ?? "";
        var token = interaction.Token ?? "";

        // A chart cannot travel in an HTTP response body: such a reply always goes out as the deferred edit.
        var run = new CommandRun(
            options.Value.InteractionReplyBudget,
            reply => reply.Message.Attachment is null,
            (reply, cancellationToken) => deferred.SendAsync(reply, sent.Task, applicationId, token, cancellationToken));
        var answer = await runner.RunAsync(request, run, context.RequestAborted);
        await WriteAsync(context, answer is null
            ? new DiscordInteractionResponse(DiscordInteractionResponse.Deferred)
            : new DiscordInteractionResponse(DiscordInteractionResponse.ChannelMessage, DiscordReplyRenderer.Render(answer, isEdit: false).Payload));
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
