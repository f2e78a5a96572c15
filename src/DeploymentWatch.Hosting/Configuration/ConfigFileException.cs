namespace DeploymentWatch.Configuration;

/// <summary>A configuration file that cannot be used; the message names the file and line, for the operator.</summary>
public sealed class ConfigFileException : Exception
{
    public ConfigFileException(string message)
        : base(message)
    {
    }

    public ConfigFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConfigFileException()
    {
    }
}
