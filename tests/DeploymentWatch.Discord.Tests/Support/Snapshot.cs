using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DeploymentWatch.Discord.Tests.Support;

/// <summary>
/// Compares outward JSON with a committed snapshot (Snapshots/NAME.json beside the test's source). A mismatch
/// writes NAME.received.json next to it for review; accepting it is copying it over the snapshot.
/// </summary>
internal static class Snapshot
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Matches(string name, string json, [CallerFilePath] string testFile = "")
    {
        var actual = JsonNode.Parse(json)!.ToJsonString(Indented).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
        var folder = Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots");
        var expectedPath = Path.Combine(folder, name + ".json");
        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected != actual)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, name + ".received.json"), actual);
        }

        Assert.True(expected is not null, $"No snapshot {expectedPath}; review {name}.received.json and commit it as {name}.json.");
        Assert.Equal(expected, actual);
    }
}
