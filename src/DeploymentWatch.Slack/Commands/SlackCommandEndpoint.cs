using System.Text;
using DeploymentWatch.Slack.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Slack.Commands;

/// <summary>
/// POST /slack/commands: reads the raw body (the signature covers the exact bytes), verifies it, and only then
/// parses the form and runs the command. Anything unverified gets 401 and changes nothing.
/// </summary>
internal sealed class SlackCommandEndpoint(
    SlackSignatureVerifier verifier,
    SlackCommandDispatcher dispatcher,
    IOptions<SlackOptions> options,
    ILogger<SlackCommandEndpoint> logger)
{
    public const string Route = "/slack/commands";

    // Slash command forms are a few hundred bytes; this only bounds what an unauthenticated caller can make us buffer.
    private const int MaxBodyBytes = 64 * 1024;

    public async Task<IResult> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!options.Value.HasSigningSecret)
        {
            return Results.Text($"Slack commands are off: {SlackOptions.SigningSecretKey} not set", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var body = await ReadBodyAsync(request.Body, cancellationToken);
        if (body is null)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body));
        var timestamp = request.Headers["X-Slack-Request-Timestamp"].ToString();
        var signature = request.Headers["X-Slack-Signature"].ToString();
        var sslCheck = form.TryGetValue("ssl_check", out var ssl) && ssl == "1";
        if (sslCheck && timestamp.Length == 0 && signature.Length == 0)
        {
            // Slack's certificate probe; unsigned probes get a bare 200 and nothing else happens.
            return Results.Ok();
        }

        var verdict = verifier.Verify(timestamp, signature, body);
        if (verdict != SlackSignatureStatus.Valid)
        {
            logger.LogWarning("Slack command refused: {Verdict}", verdict);
            return Results.Unauthorized();
        }

        if (sslCheck)
        {
            return Results.Ok();
        }

        if (SlackSlashCommand.FromForm(form) is not { } command)
        {
            return Results.BadRequest();
        }

        var response = await dispatcher.HandleAsync(command, cancellationToken);
        return Results.Text(response.ToJson().ToJsonString(SlackJson.Options), "application/json", Encoding.UTF8);
    }

    private static async Task<byte[]?> ReadBodyAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
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
