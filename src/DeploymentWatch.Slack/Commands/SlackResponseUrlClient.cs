using System.Text;
using DeploymentWatch.Slack.Api;
using Microsoft.Extensions.Logging;

namespace DeploymentWatch.Slack.Commands;

/// <summary>Posts a late command answer to its response_url (JSON, no token: the URL is the credential), within budget.</summary>
internal sealed class SlackResponseUrlClient(
    IHttpClientFactory httpClientFactory,
    SlackResponseUrlBudget budget,
    ILogger<SlackResponseUrlClient> logger)
{
    public async Task<bool> PostAsync(Uri responseUrl, SlackCommandResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(responseUrl);
        ArgumentNullException.ThrowIfNull(response);
        if (!budget.TryConsume(responseUrl))
        {
            logger.LogWarning("Slack response_url used up (5 posts / 30 minutes); answer dropped");
            return false;
        }

        using var content = new StringContent(response.ToJson().ToJsonString(SlackJson.Options), Encoding.UTF8, "application/json");
        var client = httpClientFactory.CreateClient(SlackApiClient.PlainClientName);
        try
        {
            using var result = await client.PostAsync(responseUrl, content, cancellationToken);
            if (!result.IsSuccessStatusCode)
            {
                logger.LogWarning("Slack response_url answered {Status}", (int)result.StatusCode);
            }

            return result.IsSuccessStatusCode;
        }
        catch (Exception ex) when (SlackResponseReader.IsTransport(ex, cancellationToken))
        {
            logger.LogWarning(ex, "Slack response_url post failed");
            return false;
        }
    }
}
