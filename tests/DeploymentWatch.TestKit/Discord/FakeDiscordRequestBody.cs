using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace DeploymentWatch.TestKit.Discord;

/// <summary>A request body as Discord reads it: JSON, or multipart with payload_json and files[n] parts.</summary>
internal sealed record FakeDiscordRequestBody(JsonElement Payload, string RawJson, IReadOnlyList<FakeDiscordFile> Files)
{
    /// <summary>The body, or the reason it is not one Discord would parse.</summary>
    public static async Task<(FakeDiscordRequestBody? Body, string? Error)> ReadAsync(HttpRequest request)
    {
        string json;
        var files = new List<FakeDiscordFile>();
        if (request.HasFormContentType && request.ContentType!.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            var form = await request.ReadFormAsync();
            if (form["payload_json"] is not { Count: 1 } payload)
            {
                return (null, "multipart body without exactly one payload_json part");
            }

            json = payload[0]!;
            foreach (var file in form.Files)
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer);
                files.Add(new FakeDiscordFile(file.Name, file.FileName, file.ContentType, buffer.ToArray()));
            }
        }
        else if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true)
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            json = await reader.ReadToEndAsync();
        }
        else
        {
            return (null, $"Content-Type {request.ContentType ?? "(none)"} is not application/json or multipart/form-data");
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return (new FakeDiscordRequestBody(document.RootElement.Clone(), json, files), null);
        }
        catch (JsonException ex)
        {
            return (null, "body is not JSON: " + ex.Message);
        }
    }
}
