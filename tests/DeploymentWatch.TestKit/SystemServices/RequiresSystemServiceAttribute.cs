namespace DeploymentWatch.TestKit.SystemServices;

/// <summary>
/// Marks a test class, or an xUnit collection definition, whose tests need <see cref="Service"/>. Where it is
/// absent they are reported as skipped with the line that says what to install, except under CI=true, where they
/// run and fail: CI installs every service, so a skip there would hide a broken install.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class RequiresSystemServiceAttribute(SystemService service) : Attribute
{
    public SystemService Service { get; } = service;
}
