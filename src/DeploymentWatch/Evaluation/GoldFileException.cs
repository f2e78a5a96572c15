namespace DeploymentWatch.Evaluation;

/// <summary>A gold.yaml that cannot be read; the message names the file and line.</summary>
public sealed class GoldFileException : Exception
{
    public GoldFileException()
    {
    }

    public GoldFileException(string message)
        : base(message)
    {
    }

    public GoldFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
