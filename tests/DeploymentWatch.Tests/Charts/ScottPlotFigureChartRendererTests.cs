using System.Buffers.Binary;
using DeploymentWatch.Application.Figures;
using DeploymentWatch.Charts;
using DeploymentWatch.Domain.Figures;
using DeploymentWatch.TestKit.Profiles;

namespace DeploymentWatch.Tests.Charts;

public class ScottPlotFigureChartRendererTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public void Render_ReportsFromTwoSources_IsAPngOfTheChartSize()
    {
        var renderer = new ScottPlotFigureChartRenderer(SampleProfiles.Create());
        var history = new[]
        {
            Report("kr-nis", 100, new DateTimeOffset(2024, 12, 19, 0, 0, 0, TimeSpan.Zero)),
            Report("kr-nis", 300, new DateTimeOffset(2025, 1, 13, 0, 0, 0, TimeSpan.Zero)),
            Report("ua-gov", 3000, new DateTimeOffset(2025, 1, 24, 0, 0, 0, TimeSpan.Zero)),
        };

        var png = renderer.Render(FigureMetric.Killed, history);

        AssertPng(png, ScottPlotFigureChartRenderer.Width, ScottPlotFigureChartRenderer.Height);
        Assert.True(png.Length > 10_000, $"a chart with lines, labels and a legend is more than a blank image ({png.Length} bytes)");
    }

    [Fact]
    public void Render_NoReports_StillGivesAValidPng()
    {
        var png = new ScottPlotFigureChartRenderer(SampleProfiles.Create()).Render(FigureMetric.Captured, []);

        AssertPng(png, ScottPlotFigureChartRenderer.Width, ScottPlotFigureChartRenderer.Height);
    }

    private static void AssertPng(byte[] png, int width, int height)
    {
        Assert.Equal(PngSignature, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal(width, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(height, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    private static FigureReport Report(string source, long value, DateTimeOffset at) =>
        new(source, FigureMetric.Killed, value, value, FigureQualifier.About, at, "a-1", "title", null, null, "sentence");
}
