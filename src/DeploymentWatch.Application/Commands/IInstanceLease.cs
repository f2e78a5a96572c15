namespace DeploymentWatch.Application.Commands;

/// <summary>
/// Makes one instance, of several sharing a database, the one that does something (listen for Discord commands on
/// the Gateway: every connected process would receive every interaction). PostgreSQL holds it with an advisory
/// lock; a single-process store grants it at once.
/// </summary>
public interface IInstanceLease
{
    /// <summary>The lease for <paramref name="name"/>, or null while another instance holds it.</summary>
    Task<IHeldLease?> TryAcquireAsync(string name, CancellationToken cancellationToken);
}

/// <summary>A lease this instance holds until disposed (or until the database connection that holds it is lost).</summary>
public interface IHeldLease : IAsyncDisposable
{
    /// <summary>False once the lease is lost (the connection holding it broke); the holder must stop then.</summary>
    Task<bool> IsHeldAsync(CancellationToken cancellationToken);
}
