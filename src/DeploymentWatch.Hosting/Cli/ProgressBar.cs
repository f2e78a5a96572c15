namespace DeploymentWatch.Cli;

/// <summary>A one-line progress bar on standard error, drawn only when it is a terminal (never into logs or pipes).</summary>
internal sealed class ProgressBar(TextWriter writer)
{
    private const int Width = 30;
    private readonly bool _enabled = !Console.IsErrorRedirected;
    private bool _drawn;

    public void Report(string label, int done, int total)
    {
        if (!_enabled || total < 20)
        {
            return;
        }

        var filled = total == 0 ? Width : done * Width / total;
        var name = label.Length > 40 ? "…" + label[^39..] : label;
        writer.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {done}/{total} {name}");
        _drawn = true;
    }

    public void Clear()
    {
        if (_drawn)
        {
            writer.Write("\r" + new string(' ', Width + 60) + "\r");
            _drawn = false;
        }
    }
}
