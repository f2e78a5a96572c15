using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace DeploymentWatch.TestKit.SystemServices;

/// <summary>
/// A test case skipped because its class needs an absent system service. The reason is worked out again when the
/// runner deserializes the case, so discovery and execution agree.
/// </summary>
public sealed class SystemServiceTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public SystemServiceTestCase()
    {
    }

    public SystemServiceTestCase(
        IMessageSink diagnosticMessageSink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod testMethod)
        : base(diagnosticMessageSink, display, options, testMethod)
    {
    }

    /// <summary>Why the tests of this method's class skip here, or null when they run.</summary>
    public static string? SkipReasonFor(ITestMethod testMethod)
    {
        ArgumentNullException.ThrowIfNull(testMethod);
        var types = new[] { testMethod.TestClass.Class, testMethod.TestClass.TestCollection.CollectionDefinition }
            .Where(t => t is not null)
            .Select(t => t!.ToRuntimeType())
            .Where(t => t is not null);
        var services = types
            .SelectMany(t => t!.GetCustomAttributes<RequiresSystemServiceAttribute>(inherit: true))
            .Select(a => a.Service)
            .Distinct();
        return SystemServiceProbe.SkipReason(services);
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute) =>
        SkipReasonFor(TestMethod) ?? base.GetSkipReason(factAttribute);
}
