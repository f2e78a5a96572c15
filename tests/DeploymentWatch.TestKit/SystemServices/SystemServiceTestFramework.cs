using Xunit.Abstractions;
using Xunit.Sdk;

namespace DeploymentWatch.TestKit.SystemServices;

/// <summary>
/// xUnit 2's test framework with one change: tests of a class marked <see cref="RequiresSystemServiceAttribute"/>
/// are discovered as skipped when the service is absent (and CI is not set). Plain [Fact] and [Theory] stay as they
/// are, so shared contract tests run for SQLite and skip only for PostgreSQL. A test project opts in with
/// [assembly: TestFramework("DeploymentWatch.TestKit.SystemServices.SystemServiceTestFramework", "DeploymentWatch.TestKit")].
/// </summary>
public sealed class SystemServiceTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkDiscoverer CreateDiscoverer(IAssemblyInfo assemblyInfo) =>
        new SystemServiceTestDiscoverer(assemblyInfo, SourceInformationProvider, DiagnosticMessageSink);
}
