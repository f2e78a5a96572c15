using System.Diagnostics;

namespace DeploymentWatch.TestKit.Storage;

/// <summary>
/// A real, tiny file system (a tmpfs of a few MB mounted under the temp directory; needs root, as CI and the
/// development machines run) that a test can fill to the last byte and free again: a full disk without a fake.
/// </summary>
public sealed class SmallDisk : IDisposable
{
    private readonly string ballast;

    private SmallDisk(string path)
    {
        Path = path;
        ballast = System.IO.Path.Combine(path, "ballast.bin");
    }

    public string Path { get; }

    public static SmallDisk Mount(int megabytes)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dw-disk-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m", "tmpfs", path);
        return new SmallDisk(path);
    }

    /// <summary>Writes a ballast file until the file system refuses another byte.</summary>
    public void Fill()
    {
        var chunk = new byte[64 * 1024];
        // Unbuffered: a buffer would hold the last bytes back and fail again when the stream is closed.
        using var stream = new FileStream(ballast, FileMode.Append, FileAccess.Write, FileShare.None, bufferSize: 0);
        try
        {
            while (true)
            {
                stream.Write(chunk);
            }
        }
        catch (IOException)
        {
            // Full: a partly written chunk may remain; fill the last bytes one at a time.
            try
            {
                while (true)
                {
                    stream.WriteByte(0);
                }
            }
            catch (IOException)
            {
                // Not one byte more.
            }
        }
    }

    public void Free() => File.Delete(ballast);

    public void Dispose()
    {
        Run("umount", "-l", Path);
        Directory.Delete(Path, recursive: true);
    }

    private static void Run(string command, params string[] arguments)
    {
        var info = new ProcessStartInfo(command) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {command}");
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error.Trim()}");
        }
    }
}
