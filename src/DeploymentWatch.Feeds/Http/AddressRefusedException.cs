namespace DeploymentWatch.Feeds.Http;

/// <summary>Raised inside the handler when a feed host resolves only to addresses the feed fetcher may not reach.</summary>
internal sealed class AddressRefusedException : Exception
{
    public AddressRefusedException()
    {
    }

    public AddressRefusedException(string message)
        : base(message)
    {
    }

    public AddressRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
