using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace DeploymentWatch.TestKit.Slack;

/// <summary>Reads a Web API request's arguments however they were sent: query string, form, or JSON body.</summary>
public static class FakeSlackRequestReader
{
    public static async Task<(JsonObject Arguments, string? Problem)> ReadAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var arguments = new JsonObject();
        foreach (var (key, value) in request.Query)
        {
            arguments[key] = value.ToString();
        }

        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            foreach (var (key, value) in form)
            {
                arguments[key] = value.ToString();
            }
        }
        else if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true)
        {
            if (!request.ContentType.Contains("charset=utf-8", StringComparison.OrdinalIgnoreCase))
            {
                return (arguments, $"JSON body without charset=utf-8 ({request.ContentType})");
            }

            try
            {
                var body = await JsonNode.ParseAsync(request.Body);
                if (body is not JsonObject json)
                {
                    return (arguments, "JSON body is not an object");
                }

                foreach (var (key, value) in json)
                {
                    arguments[key] = value?.DeepClone();
                }
            }
            catch (JsonException ex)
            {
                return (arguments, $"invalid JSON body: {ex.Message}");
            }
        }

        return (arguments, null);
    }

    /// <summary>The bearer token, or the legacy "token" argument.</summary>
    public static string? Token(HttpRequest request, JsonObject arguments)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(arguments);
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..] : (string?)arguments["token"];
    }

    /// <summary>blocks arrive as an array in JSON bodies and as a JSON string in form bodies.</summary>
    public static JsonArray? Blocks(JsonObject arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return arguments["blocks"] switch
        {
            JsonArray array => array,
            JsonValue value when value.TryGetValue<string>(out var text) => JsonNode.Parse(text) as JsonArray,
            _ => null,
        };
    }
}
