using DeploymentWatch.Domain.Figures;

namespace DeploymentWatch.Domain.Evaluation;

/// <summary>
/// Pairs gold and predicted figures of one article, each at most once, as many pairs as possible (a maximum
/// bipartite matching, so that an early greedy choice cannot steal a later gold figure's only partner).
/// </summary>
internal static class FigureAlignment
{
    public static List<(int Gold, int Predicted)> Align(IReadOnlyList<GoldFigure> gold, IReadOnlyList<Figure> predicted, bool requireSharedSource)
    {
        var partnerOfPredicted = Enumerable.Repeat(-1, predicted.Count).ToArray();
        for (var g = 0; g < gold.Count; g++)
        {
            TryAugment(g, new bool[predicted.Count], gold, predicted, requireSharedSource, partnerOfPredicted);
        }

        var pairs = new List<(int Gold, int Predicted)>();
        for (var p = 0; p < predicted.Count; p++)
        {
            if (partnerOfPredicted[p] >= 0)
            {
                pairs.Add((partnerOfPredicted[p], p));
            }
        }

        return pairs.OrderBy(x => x.Gold).ToList();
    }

    public static bool Matches(GoldFigure gold, Figure predicted, bool requireSharedSource) =>
        gold.Metric == predicted.Metric
        && gold.Low == predicted.Low
        && gold.High == predicted.High
        && (!requireSharedSource || gold.Sources.Intersect(predicted.Sources, StringComparer.OrdinalIgnoreCase).Any());

    private static bool TryAugment(
        int g,
        bool[] visited,
        IReadOnlyList<GoldFigure> gold,
        IReadOnlyList<Figure> predicted,
        bool requireSharedSource,
        int[] partnerOfPredicted)
    {
        for (var p = 0; p < predicted.Count; p++)
        {
            if (visited[p] || !Matches(gold[g], predicted[p], requireSharedSource))
            {
                continue;
            }

            visited[p] = true;
            if (partnerOfPredicted[p] < 0 || TryAugment(partnerOfPredicted[p], visited, gold, predicted, requireSharedSource, partnerOfPredicted))
            {
                partnerOfPredicted[p] = g;
                return true;
            }
        }

        return false;
    }
}
