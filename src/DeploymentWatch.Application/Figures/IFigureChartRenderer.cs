using DeploymentWatch.Domain.Figures;

namespace DeploymentWatch.Application.Figures;

/// <summary>Draws how a metric moved: one line per source, dated points. Returns PNG bytes.</summary>
public interface IFigureChartRenderer
{
    byte[] Render(FigureMetric metric, IReadOnlyList<FigureReport> history);
}
