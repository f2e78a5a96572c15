namespace DeploymentWatch.Domain.Evaluation;

/// <summary>
/// Precision, recall and F1 from counts. With nothing predicted precision is 1 (no false alarm was raised); with
/// nothing to find recall is 1; F1 is 0 when both are 0.
/// </summary>
public sealed record PrecisionRecall(int Matched, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? 1.0 : (double)Matched / Predicted;

    public double Recall => Gold == 0 ? 1.0 : (double)Matched / Gold;

    public double F1 => Precision + Recall == 0 ? 0.0 : 2 * Precision * Recall / (Precision + Recall);

    public static PrecisionRecall operator +(PrecisionRecall left, PrecisionRecall right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new PrecisionRecall(left.Matched + right.Matched, left.Predicted + right.Predicted, left.Gold + right.Gold);
    }

    public static PrecisionRecall Add(PrecisionRecall left, PrecisionRecall right) => left + right;
}
