namespace DeploymentWatch.Domain.Subscriptions;

/// <summary>Whether a channel gets each alert as it happens or one digest a day.</summary>
public enum DeliveryMode
{
    Realtime,
    Daily,
}
