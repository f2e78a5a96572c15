namespace DeploymentWatch.Feeds.Http;

/// <summary>Raised inside the handler when a redirect points at something other than http or https.</summary>
internal sealed class RedirectRefusedException : Exception
{
    public RedirectRefusedException()
    {
    }

    public RedirectRefusedException(string message)
        : base(message)
    {
    }

    public RedirectRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
