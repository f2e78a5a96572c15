using DeploymentWatch.Domain.Messages;

namespace DeploymentWatch.Channels;

/// <summary>Writes message attachments (charts) to files for the local channels, and says where.</summary>
public sealed class AttachmentWriter(string directory)
{
    public string Directory { get; } = directory;

    public string? Save(MessageAttachment? attachment)
    {
        if (attachment is null)
        {
            return null;
        }

        System.IO.Directory.CreateDirectory(Directory);
        var path = Path.Combine(Directory, Path.GetFileName(attachment.FileName));
        File.WriteAllBytes(path, attachment.Content.ToArray());
        return path;
    }
}
