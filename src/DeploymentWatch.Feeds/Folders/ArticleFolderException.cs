namespace DeploymentWatch.Feeds.Folders;

/// <summary>An article folder that cannot be read; the message names the folder or file (and line) and says why.</summary>
public sealed class ArticleFolderException : Exception
{
    public ArticleFolderException()
    {
    }

    public ArticleFolderException(string message)
        : base(message)
    {
    }

    public ArticleFolderException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The folder, or a file in it, could not be read: the reason the file system gave, on one line.</summary>
    internal static ArticleFolderException Unreadable(string folder, Exception cause) =>
        new($"cannot read {folder}: {ReadableUnits.OneLine(cause.Message)}", cause);
}
