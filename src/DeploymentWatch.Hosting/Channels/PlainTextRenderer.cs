using System.Text;
using DeploymentWatch.Domain.Articles;
using DeploymentWatch.Domain.Messages;

namespace DeploymentWatch.Channels;

/// <summary>Renders a message document as plain text for a terminal or a log file.</summary>
public static class PlainTextRenderer
{
    /// <summary>Plain text with no control characters but line breaks: the last guard before a terminal or a file.</summary>
    public static string Render(MessageDocument message) => TextNormalizer.RemoveControlCharacters(RenderText(message));

    private static string RenderText(MessageDocument message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var sb = new StringBuilder();
        sb.Append("■ ").AppendLine(message.Title);
        if (message.Link is not null)
        {
            sb.Append("  ").AppendLine(message.Link.AbsoluteUri);
        }

        if (!string.IsNullOrWhiteSpace(message.Text))
        {
            foreach (var line in message.Text.Split('\n'))
            {
                sb.Append("  ").AppendLine(line);
            }
        }

        foreach (var field in message.Fields)
        {
            var lines = field.Value.Split('\n');
            sb.Append("  ").Append(field.Name).Append(": ").AppendLine(lines[0]);
            foreach (var more in lines.Skip(1))
            {
                sb.Append("    ").AppendLine(more);
            }
        }

        if (message.Attachment is { } attachment)
        {
            sb.Append("  [attachment: ").Append(attachment.FileName).AppendLine("]");
        }

        if (!string.IsNullOrWhiteSpace(message.Footer))
        {
            sb.Append("  — ").AppendLine(message.Footer);
        }

        return sb.ToString();
    }
}
