namespace DeploymentWatch.Channels;

/// <summary>
/// Where the console channel writes: standard output normally, standard error when standard output carries
/// machine-readable JSON (`--output json`), so the two never mix.
/// </summary>
public sealed class ConsoleOutput(TextWriter writer)
{
    public TextWriter Writer { get; } = writer;
}
