namespace DeploymentWatch.Application.Retention;

/// <summary>Rows one pruning pass deleted.</summary>
public sealed record RetentionSummary(int SeenItems, int OutboxRows, int Alerts)
{
    public int Total => SeenItems + OutboxRows + Alerts;
}
