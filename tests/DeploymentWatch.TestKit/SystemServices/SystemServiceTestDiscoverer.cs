using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace DeploymentWatch.TestKit.SystemServices;

/// <summary>Reports one skipped test case per test method whose class needs a service that is absent.</summary>
internal sealed class SystemServiceTestDiscoverer(
    IAssemblyInfo assemblyInfo, ISourceInformationProvider sourceProvider, IMessageSink diagnosticMessageSink)
    : XunitTestFrameworkDiscoverer(assemblyInfo, sourceProvider, diagnosticMessageSink)
{
    protected override bool FindTestsForMethod(
        ITestMethod testMethod, bool includeSourceInformation, IMessageBus messageBus, ITestFrameworkDiscoveryOptions discoveryOptions)
    {
        var isTest = testMethod.Method.GetCustomAttributes(typeof(FactAttribute)).Any();
        if (!isTest || SystemServiceTestCase.SkipReasonFor(testMethod) is null)
        {
            return base.FindTestsForMethod(testMethod, includeSourceInformation, messageBus, discoveryOptions);
        }

        var testCase = new SystemServiceTestCase(
            DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod);
        return ReportDiscoveredTestCase(testCase, includeSourceInformation, messageBus);
    }
}
