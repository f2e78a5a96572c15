using System.CommandLine;

namespace DeploymentWatch.Cli;

/// <summary>Options every command takes: where configuration and data live, and how to print.</summary>
internal sealed class GlobalOptions
{
    public Option<string> Config { get; } = new("--config")
    {
        Description = "Folder with profiles.yaml and feeds.yaml",
        DefaultValueFactory = _ => "config",
        Recursive = true,
    };

    public Option<string> Data { get; } = new("--data")
    {
        Description = "Folder for the SQLite database, JSON-lines channels and charts",
        DefaultValueFactory = _ => "data",
        Recursive = true,
    };

    public Option<string> Output { get; } = new("--output")
    {
        Description = "text (default) or json: one JSON object per alert, for scripts",
        DefaultValueFactory = _ => "text",
    };

    public GlobalOptions()
    {
        Output.AcceptOnlyFromAmong("text", "json");
    }
}
