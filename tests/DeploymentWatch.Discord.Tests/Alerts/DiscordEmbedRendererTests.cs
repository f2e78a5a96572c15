using System.Text.Json;
using DeploymentWatch.Discord.Alerts;
using DeploymentWatch.Discord.Api.Dtos;
using DeploymentWatch.Discord.Tests.Support;
using DeploymentWatch.Domain.Messages;
using DeploymentWatch.TestKit.Discord;

namespace DeploymentWatch.Discord.Tests.Alerts;

public class DiscordEmbedRendererTests
{
    private static readonly string Huge = string.Join(' ', Enumerable.Repeat("troops", 2_000));

    [Fact]
    public void Render_SampleAlert_MatchesTheCommittedSnapshot()
    {
        var rendered = DiscordEmbedRenderer.Render(SampleDocuments.Alert());
        var payload = new DiscordMessagePayload { Embeds = [rendered.Embed], Nonce = DiscordNonce.From("alert-1/discord:1/2"), EnforceNonce = true };
        var json = JsonSerializer.Serialize(payload, DiscordJsonContext.Default.DiscordMessagePayload);

        Assert.Empty(DiscordOpenApiSchemas.Validate(DiscordOpenApiSchemas.MessageCreate, json));
        Snapshot.Matches("sample-alert", json);
    }

    [Fact]
    public void Render_EveryPartOversized_StaysWithinEveryLimit()
    {
        var document = new MessageDocument(Huge, Huge + Huge, Enumerable.Range(0, 40).Select(i => new MessageField(Huge, Huge)).ToList(),
            new Uri("https://example.org/" + new string('a', 3000)), 0x7FFFFFFF, Huge, DateTimeOffset.UnixEpoch);

        var embed = DiscordEmbedRenderer.Render(document).Embed;

        Assert.True(embed.Title!.Length <= DiscordLimits.EmbedTitle);
        Assert.True((embed.Description?.Length ?? 0) <= DiscordLimits.EmbedDescription);
        Assert.True(embed.Fields!.Count <= DiscordLimits.EmbedFields);
        Assert.All(embed.Fields, f => Assert.True(f.Name.Length <= DiscordLimits.EmbedFieldName && f.Value.Length <= DiscordLimits.EmbedFieldValue));
        Assert.True(embed.Footer!.Text.Length <= DiscordLimits.EmbedFooter);
        Assert.True(DiscordEmbedRenderer.TotalLength(embed) <= DiscordLimits.EmbedTotal);
        Assert.Null(embed.Url);
        Assert.InRange(embed.Color!.Value, 0, 0xFFFFFF);
        AssertAcceptedByTheSpec(embed);
    }

    [Theory]
    [InlineData(DiscordLimits.EmbedTitle + 1, 0, 0, 0)]
    [InlineData(0, DiscordLimits.EmbedDescription + 1, 0, 0)]
    [InlineData(0, 0, DiscordLimits.EmbedFieldName + 1, DiscordLimits.EmbedFieldValue + 1)]
    public void Render_OneLimitExceededByOne_CutsThatPartToItsLimit(int title, int text, int fieldName, int fieldValue)
    {
        var document = new MessageDocument(new string('t', Math.Max(title, 1)), new string('d', text),
            fieldName > 0 ? [new MessageField(new string('n', fieldName), new string('v', fieldValue))] : []);

        var embed = DiscordEmbedRenderer.Render(document).Embed;

        Assert.Equal(Math.Min(Math.Max(title, 1), DiscordLimits.EmbedTitle), embed.Title!.Length);
        Assert.Equal(Math.Min(text, DiscordLimits.EmbedDescription), embed.Description?.Length ?? 0);
        if (fieldName > 0)
        {
            Assert.Equal(DiscordLimits.EmbedFieldName, embed.Fields![0].Name.Length);
            Assert.Equal(DiscordLimits.EmbedFieldValue, embed.Fields[0].Value.Length);
            Assert.EndsWith("…", embed.Fields[0].Value, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_TotalOverSixThousand_ShrinksTheDescriptionBeforeDroppingFields()
    {
        var fields = Enumerable.Range(0, 3).Select(i => new MessageField("Figure " + i, new string('v', 1000))).ToList();
        var document = new MessageDocument("Title", new string('d', 4096), fields, Footer: "Yonhap");

        var embed = DiscordEmbedRenderer.Render(document).Embed;

        Assert.Equal(3, embed.Fields!.Count);
        Assert.True(DiscordEmbedRenderer.TotalLength(embed) <= DiscordLimits.EmbedTotal);
        Assert.True(embed.Description!.Length > 2_500);
    }

    [Fact]
    public void Render_ManyLargeFields_DropsFieldsFromTheEndButKeepsADescription()
    {
        var fields = Enumerable.Range(0, 25).Select(i => new MessageField("F" + i, new string('v', 1024))).ToList();
        var document = new MessageDocument("Title", new string('d', 4096), fields, Footer: "Yonhap");

        var embed = DiscordEmbedRenderer.Render(document).Embed;

        Assert.True(DiscordEmbedRenderer.TotalLength(embed) <= DiscordLimits.EmbedTotal);
        Assert.Equal("F0", embed.Fields![0].Name);
        Assert.True(embed.Fields.Count < 25);
        Assert.True(embed.Description!.Length >= 1_024);
    }

    [Fact]
    public void Render_MentionsAndMarkdownInFeedText_StayInert()
    {
        var document = new MessageDocument("@everyone **BREAKING** <@&123>", "<@456> @here [click](https://evil.example) ||spoiler||\n# big\n> quote",
            [new MessageField("`code` @everyone", "<#789> __x__")], Footer: "~~outlet~~");

        var embed = DiscordEmbedRenderer.Render(document).Embed;

        foreach (var text in new[] { embed.Title!, embed.Description!, embed.Fields![0].Name, embed.Fields[0].Value, embed.Footer!.Text })
        {
            MarkdownAssert.Inert(text);
        }

        Assert.Equal(document.Text, MarkdownAssert.Displayed(embed.Description!));
    }

    [Fact]
    public void Render_BlankFieldNameOrValue_UsesAZeroWidthSpace()
    {
        var embed = DiscordEmbedRenderer.Render(new MessageDocument("T", "", [new MessageField("  ", "")])).Embed;

        Assert.Equal(DiscordLimits.Blank, embed.Fields![0].Name);
        Assert.Equal(DiscordLimits.Blank, embed.Fields[0].Value);
        Assert.Null(embed.Description);
    }

    [Fact]
    public void Render_Attachment_UploadsItAndPointsTheImageAtIt()
    {
        var rendered = DiscordEmbedRenderer.Render(SampleDocuments.WithChart());

        Assert.Equal("killed_chart.png", rendered.Upload!.FileName);
        Assert.Equal("attachment://killed_chart.png", rendered.Embed.Image!.Url);
        Assert.Equal([new DiscordAttachmentRef("0", "killed_chart.png")], rendered.Attachments);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.org/file")]
    public void Render_LinkThatIsNotHttp_IsLeftOut(string link)
    {
        var embed = DiscordEmbedRenderer.Render(SampleDocuments.Alert() with { Link = new Uri(link) }).Embed;

        Assert.Null(embed.Url);
    }

    [Fact]
    public void Render_EmptyDocument_StillHasATitle()
    {
        var embed = DiscordEmbedRenderer.Render(new MessageDocument(" ", " ", [])).Embed;

        Assert.Equal("(untitled)", embed.Title);
    }

    private static void AssertAcceptedByTheSpec(DiscordEmbed embed)
    {
        var json = JsonSerializer.Serialize(new DiscordMessagePayload { Embeds = [embed], Nonce = "n", EnforceNonce = true }, DiscordJsonContext.Default.DiscordMessagePayload);
        Assert.Empty(DiscordOpenApiSchemas.Validate(DiscordOpenApiSchemas.MessageCreate, json));
    }
}
