using System.Text.Json;
using System.Text.RegularExpressions;

namespace DeploymentWatch.TestKit.Discord;

/// <summary>
/// The documented limits the OpenAPI spec does not (or wrongly) states: content 2,000 (the spec says 4,000), the
/// embed totals with trimmed text, non-empty field names and values, a ≤ 25-char nonce with enforce_nonce,
/// allowed_mentions {"parse": []} on every message, uploads matching their attachment:// references, and the
/// command rules (names, 100-char descriptions and choice values, required options first).
/// </summary>
internal static partial class FakeDiscordBodyRules
{
    public static List<string> CheckMessage(JsonElement payload, IReadOnlyList<FakeDiscordFile> files, bool requireNonce)
    {
        var errors = new List<string>();
        if (payload.ValueKind != JsonValueKind.Object)
        {
            errors.Add("body is not a JSON object");
            return errors;
        }

        if (Text(payload, "content") is { } content && content.Length > 2000)
        {
            errors.Add($"content has {content.Length} characters (max 2000)");
        }

        if (!payload.TryGetProperty("allowed_mentions", out var mentions) || mentions.ValueKind != JsonValueKind.Object
            || !mentions.TryGetProperty("parse", out var parse) || parse.ValueKind != JsonValueKind.Array || parse.GetArrayLength() != 0
            || NonEmptyArray(mentions, "users") || NonEmptyArray(mentions, "roles"))
        {
            errors.Add("allowed_mentions must be present as {\"parse\": []}");
        }

        if (requireNonce)
        {
            if (!payload.TryGetProperty("nonce", out var nonce) || nonce.ValueKind != JsonValueKind.String || nonce.GetString()!.Length is 0 or > 25)
            {
                errors.Add("nonce must be a string of 1-25 characters");
            }

            if (!payload.TryGetProperty("enforce_nonce", out var enforce) || enforce.ValueKind != JsonValueKind.True)
            {
                errors.Add("enforce_nonce must be true");
            }
        }

        var hasEmbeds = payload.TryGetProperty("embeds", out var embeds) && embeds.ValueKind == JsonValueKind.Array && embeds.GetArrayLength() > 0;
        if (!hasEmbeds && Text(payload, "content") is not { Length: > 0 } && files.Count == 0)
        {
            errors.Add("a message needs content, embeds or files");
        }

        var fileNames = files.Select(f => f.FileName).ToHashSet(StringComparer.Ordinal);
        if (hasEmbeds)
        {
            CheckEmbeds(embeds, fileNames, errors);
        }

        CheckAttachments(payload, files, errors);
        return errors;
    }

    public static List<string> CheckCommands(JsonElement commands)
    {
        var errors = new List<string>();
        if (commands.ValueKind != JsonValueKind.Array)
        {
            errors.Add("commands body must be an array");
            return errors;
        }

        foreach (var command in commands.EnumerateArray())
        {
            var name = Text(command, "name") ?? "";
            CheckName(name, "command", errors);
            CheckDescription(command, name, errors);
            if (command.TryGetProperty("default_member_permissions", out var permissions) && permissions.ValueKind is not (JsonValueKind.Null or JsonValueKind.String))
            {
                errors.Add($"{name}: default_member_permissions must be a string or null");
            }

            CheckOptions(command, name, errors);
            var size = command.GetRawText().Length;
            if (size > 8000 * 4)
            {
                errors.Add($"{name}: command is too large");
            }
        }

        return errors;
    }

    private static void CheckEmbeds(JsonElement embeds, HashSet<string> fileNames, List<string> errors)
    {
        var total = 0;
        foreach (var embed in embeds.EnumerateArray())
        {
            total += Limit(embed, "title", 256, errors) + Limit(embed, "description", 4096, errors);
            if (embed.TryGetProperty("footer", out var footer))
            {
                total += Limit(footer, "text", 2048, errors);
            }

            if (embed.TryGetProperty("fields", out var fields))
            {
                if (fields.GetArrayLength() > 25)
                {
                    errors.Add($"embed has {fields.GetArrayLength()} fields (max 25)");
                }

                foreach (var field in fields.EnumerateArray())
                {
                    var name = Limit(field, "name", 256, errors);
                    var value = Limit(field, "value", 1024, errors);
                    if (name == 0 || value == 0)
                    {
                        errors.Add("embed field name and value must not be empty");
                    }

                    total += name + value;
                }
            }

            if (Text(embed, "url") is { } url && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != "https" && uri.Scheme != "http")))
            {
                errors.Add($"embed url {url} is not an absolute http(s) URL");
            }

            if (embed.TryGetProperty("image", out var image) && Text(image, "url") is { } imageUrl
                && imageUrl.StartsWith("attachment://", StringComparison.Ordinal) && !fileNames.Contains(imageUrl["attachment://".Length..]))
            {
                errors.Add($"embed image {imageUrl} names no uploaded file");
            }
        }

        if (total > 6000)
        {
            errors.Add($"embeds total {total} characters (max 6000)");
        }
    }

    private static void CheckAttachments(JsonElement payload, IReadOnlyList<FakeDiscordFile> files, List<string> errors)
    {
        var ids = payload.TryGetProperty("attachments", out var attachments) && attachments.ValueKind == JsonValueKind.Array
            ? attachments.EnumerateArray().Select(a => Text(a, "id") ?? "").ToHashSet()
            : [];
        foreach (var file in files)
        {
            var match = FileField().Match(file.FieldName);
            if (!match.Success || !ids.Contains(match.Groups[1].Value))
            {
                errors.Add($"uploaded part {file.FieldName} has no attachments entry with its id");
            }
        }
    }

    private static void CheckOptions(JsonElement owner, string path, List<string> errors)
    {
        if (!owner.TryGetProperty("options", out var options) || options.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        if (options.GetArrayLength() > 25)
        {
            errors.Add($"{path}: more than 25 options");
        }

        var seenOptional = false;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var option in options.EnumerateArray())
        {
            var name = Text(option, "name") ?? "";
            CheckName(name, path, errors);
            CheckDescription(option, $"{path} {name}", errors);
            if (!names.Add(name))
            {
                errors.Add($"{path}: option name {name} is used twice");
            }

            var required = option.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.True;
            if (required && seenOptional)
            {
                errors.Add($"{path} {name}: required options must come before optional ones");
            }

            seenOptional |= !required;
            if (option.TryGetProperty("choices", out var choices) && choices.ValueKind == JsonValueKind.Array)
            {
                if (choices.GetArrayLength() > 25)
                {
                    errors.Add($"{path} {name}: more than 25 choices");
                }

                foreach (var choice in choices.EnumerateArray())
                {
                    if ((Text(choice, "name") ?? "").Length is 0 or > 100 || (Text(choice, "value") is { } v && v.Length > 100))
                    {
                        errors.Add($"{path} {name}: choice names are 1-100 characters and string values at most 100");
                    }
                }
            }

            CheckOptions(option, $"{path} {name}", errors);
        }
    }

    private static void CheckName(string name, string path, List<string> errors)
    {
        if (!CommandName().IsMatch(name) || name.Any(char.IsUpper))
        {
            errors.Add($"{path}: \"{name}\" is not a valid lowercase command or option name");
        }
    }

    private static void CheckDescription(JsonElement element, string path, List<string> errors)
    {
        if ((Text(element, "description") ?? "").Length is 0 or > 100)
        {
            errors.Add($"{path}: description must be 1-100 characters");
        }
    }

    private static int Limit(JsonElement element, string property, int max, List<string> errors)
    {
        var text = Text(element, property)?.Trim();
        if (text is not null && text.Length > max)
        {
            errors.Add($"{property} has {text.Length} characters (max {max})");
        }

        return text?.Length ?? 0;
    }

    private static bool NonEmptyArray(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0;

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [GeneratedRegex(@"^[-_'\p{L}\p{N}]{1,32}$")]
    private static partial Regex CommandName();

    [GeneratedRegex(@"^files\[(\d+)\]$")]
    private static partial Regex FileField();
}
