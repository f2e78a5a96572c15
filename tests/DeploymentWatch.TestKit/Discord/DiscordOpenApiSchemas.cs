using System.Text.Json.Nodes;
using NJsonSchema;

namespace DeploymentWatch.TestKit.Discord;

/// <summary>
/// Validates JSON against a named schema of Discord's official OpenAPI 3.1 spec with NJsonSchema. The 3.1 schemas
/// are lightly preprocessed once: `#/components/schemas/X` refs become `#/definitions/X`, `const` becomes a
/// one-value `enum` (NJsonSchema does not know `const`, and the spec's enums are oneOf-of-consts), and objects with
/// declared properties reject unknown ones, so a misspelt field fails instead of being ignored by Discord.
/// </summary>
public static class DiscordOpenApiSchemas
{
    public const string MessageCreate = "MessageCreateRequest";
    public const string MessageEdit = "MessageEditRequestPartial";
    public const string WebhookMessageEdit = "IncomingWebhookUpdateRequestPartial";
    public const string WebhookExecute = "IncomingWebhookRequestPartial";
    public const string CommandUpdate = "ApplicationCommandUpdateRequest";
    public const string InteractionMessageCallback = "CreateMessageInteractionCallbackRequest";
    public const string PongCallback = "PongInteractionCallbackRequest";
    public const string AutocompleteCallback = "ApplicationCommandAutocompleteCallbackRequest";

    private static readonly Lazy<JsonSchema> Root = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Loads and preprocesses the spec now (about a second) rather than inside the first request.</summary>
    public static void EnsureLoaded() => _ = Root.Value;

    /// <summary>The spec's complaints about <paramref name="json"/> (empty when it conforms).</summary>
    public static IReadOnlyList<string> Validate(string schemaName, string json)
    {
        if (!Root.Value.Definitions.TryGetValue(schemaName, out var schema))
        {
            throw new ArgumentException($"The Discord spec has no schema {schemaName}.", nameof(schemaName));
        }

        return schema.Validate(json).Select(e => $"{schemaName}: {e}").ToList();
    }

    private static JsonSchema Load()
    {
        var document = JsonNode.Parse(File.ReadAllText(DiscordSpecLocator.FindOpenApiFile()))!;
        var schemas = document["components"]!["schemas"]!.AsObject();
        foreach (var (_, schema) in schemas)
        {
            Preprocess(schema);
        }

        var root = new JsonObject { ["definitions"] = schemas.DeepClone() };
        return JsonSchema.FromJsonAsync(root.ToJsonString()).GetAwaiter().GetResult();
    }

    private static void Preprocess(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["$ref"] is JsonValue reference && reference.GetValue<string>().StartsWith("#/components/schemas/", StringComparison.Ordinal))
                {
                    obj["$ref"] = "#/definitions/" + reference.GetValue<string>()["#/components/schemas/".Length..];
                }

                if (obj["const"] is { } constant)
                {
                    obj.Remove("const");
                    obj["enum"] = new JsonArray(constant.DeepClone());
                }

                if (obj["properties"] is JsonObject && obj["additionalProperties"] is null && obj["allOf"] is null)
                {
                    obj["additionalProperties"] = false;
                }

                foreach (var (key, child) in obj.ToList())
                {
                    if (key != "enum")
                    {
                        Preprocess(child);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Preprocess(child);
                }

                break;
        }
    }
}
