using System.Text.Json;
using System.Text.Json.Nodes;
using DeploymentWatch.Domain.Messages;
using DeploymentWatch.Slack.Alerts;
using DeploymentWatch.TestKit.Slack;

namespace DeploymentWatch.Slack.Tests.Alerts;

public class SlackBlockKitRendererTests
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [Fact]
    public void Render_SampleAlert_MatchesCommittedSnapshot()
    {
        var rendered = SlackBlockKitRenderer.Render(SampleAlerts.Casualties());
        var actual = new JsonObject { ["text"] = rendered.Text, ["blocks"] = rendered.Blocks.DeepClone() }.ToJsonString(Indented) + "\n";
        var path = Path.Combine(AppContext.BaseDirectory, "Alerts", "Snapshots", "sample-alert.blocks.json");

        var expected = File.Exists(path) ? File.ReadAllText(path) : string.Empty;
        if (expected.ReplaceLineEndings("\n") != actual)
        {
            // Snapshot convention: the received version lands beside the temp folder for review and copying.
            File.WriteAllText(Path.Combine(Path.GetTempPath(), "sample-alert.blocks.received.json"), actual);
        }

        Assert.Equal(expected.ReplaceLineEndings("\n"), actual);
    }

    [Fact]
    public void Render_SampleAlert_StaysWithinBlockKitLimits()
    {
        var rendered = SlackBlockKitRenderer.Render(SampleAlerts.Casualties());

        Assert.Empty(BlockKitLimits.Validate(rendered.Blocks));
        Assert.Equal(["header", "section", "section", "section", "context"], rendered.Blocks.Select(b => (string?)b!["type"]));
    }

    [Fact]
    public void Render_HostileFeedText_HasNoMentionOrForeignLink()
    {
        var rendered = SlackBlockKitRenderer.Render(SampleAlerts.Hostile());
        // The header is plain_text, which Slack never parses for mentions or links; everything else is mrkdwn.
        Assert.Equal("plain_text", (string?)rendered.Blocks[0]!["text"]!["type"]);
        var json = string.Concat(rendered.Blocks.Skip(1).Select(b => b!.ToJsonString())) + rendered.Text;

        Assert.DoesNotContain("<!channel>", json, StringComparison.Ordinal);
        Assert.DoesNotContain("<!everyone>", json, StringComparison.Ordinal);
        Assert.DoesNotContain("<!here>", json, StringComparison.Ordinal);
        Assert.DoesNotContain("<@U0ADMIN>", json, StringComparison.Ordinal);
        Assert.DoesNotContain("<https://evil", json, StringComparison.Ordinal);
        Assert.DoesNotContain("<!subteam", json, StringComparison.Ordinal);
        Assert.Contains("&lt;https://evil.example|the official report&gt;", json, StringComparison.Ordinal);
        Assert.Contains("&amp; more", (string?)rendered.Blocks[1]!["text"]!["text"], StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MrkdwnTexts_AreVerbatimSoSlackDoesNotAutoLink()
    {
        var rendered = SlackBlockKitRenderer.Render(SampleAlerts.Hostile());
        var section = rendered.Blocks.First(b => (string?)b!["type"] == "section" && b["text"] is not null)!;

        Assert.True((bool?)section["text"]!["verbatim"]);
        Assert.All(rendered.Blocks.Where(b => b!["fields"] is not null).SelectMany(b => b!["fields"]!.AsArray()), f => Assert.True((bool?)f!["verbatim"]));
    }

    [Fact]
    public void Render_HugeDocument_StaysWithinEveryLimit()
    {
        var longWords = string.Join(' ', Enumerable.Repeat("casualties<&>", 2000));
        var fields = Enumerable.Range(0, 600).Select(i => new MessageField($"Field {i} " + longWords, longWords)).ToList();
        var document = new MessageDocument(longWords, longWords, fields, new Uri("https://news.example/" + new string('p', 500)), Footer: longWords, Timestamp: DateTimeOffset.UnixEpoch);

        var rendered = SlackBlockKitRenderer.Render(document);

        Assert.Empty(BlockKitLimits.Validate(rendered.Blocks));
        Assert.True(rendered.Text.Length <= 4000);
        var texts = rendered.Blocks
            .SelectMany(b => new[] { b!["text"] }.Concat(b["fields"]?.AsArray() ?? []).Concat(b["elements"]?.AsArray() ?? []))
            .Sum(t => ((string?)t?["text"])?.Length ?? 0);
        Assert.True(texts <= 12000, $"aggregate text {texts} stays compact (msg_blocks_too_long)");
        Assert.EndsWith("…", (string?)rendered.Blocks[0]!["text"]!["text"], StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ManyShortFields_SplitsIntoSectionsOfTen()
    {
        var fields = Enumerable.Range(0, 23).Select(i => new MessageField($"F{i}", $"v{i}")).ToList();

        var rendered = SlackBlockKitRenderer.Render(new MessageDocument("Title", "Body", fields));

        var counts = rendered.Blocks.Where(b => b!["fields"] is not null).Select(b => b!["fields"]!.AsArray().Count).ToList();
        Assert.Equal([10, 10, 3], counts);
        Assert.Empty(BlockKitLimits.Validate(rendered.Blocks));
    }

    [Fact]
    public void Render_EmptyTitleAndText_StillHasFallbackAndValidBlocks()
    {
        var rendered = SlackBlockKitRenderer.Render(new MessageDocument(" ", "", [new MessageField("Only", "field")]));

        Assert.Equal("DeploymentWatch", rendered.Text);
        Assert.Single(rendered.Blocks);
        Assert.Empty(BlockKitLimits.Validate(rendered.Blocks));
    }
}
