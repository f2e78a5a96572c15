using System.Reflection;

namespace DeploymentWatch.Tests.Architecture;

/// <summary>Dependencies point inward: Domain ← Application ← adapters ← host; no adapter references another.</summary>
public class DependencyRulesTests
{
    private static readonly string[] Adapters = ["DeploymentWatch.Feeds", "DeploymentWatch.Storage", "DeploymentWatch.Discord", "DeploymentWatch.Slack"];

    private static string[] ProjectReferences(string assembly) =>
        Assembly.Load(assembly).GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("DeploymentWatch", StringComparison.Ordinal) || n == "deploymentwatch")
            .Order(StringComparer.Ordinal)
            .ToArray();

    [Fact]
    public void Domain_ReferencesNoPackageAndNoProject()
    {
        var references = Assembly.Load("DeploymentWatch.Domain").GetReferencedAssemblies().Select(a => a.Name!).ToArray();
        Assert.All(references, name => Assert.True(name.StartsWith("System", StringComparison.Ordinal) || name is "netstandard" or "mscorlib", name));
    }

    [Fact]
    public void Application_ReferencesOnlyTheDomain()
    {
        Assert.Equal(["DeploymentWatch.Domain"], ProjectReferences("DeploymentWatch.Application"));
        var packages = Assembly.Load("DeploymentWatch.Application").GetReferencedAssemblies().Select(a => a.Name!)
            .Where(n => !n.StartsWith("System", StringComparison.Ordinal) && !n.StartsWith("Microsoft.Extensions", StringComparison.Ordinal) && !n.StartsWith("DeploymentWatch", StringComparison.Ordinal));
        Assert.Empty(packages);
    }

    [Theory]
    [InlineData("DeploymentWatch.Feeds")]
    [InlineData("DeploymentWatch.Storage")]
    [InlineData("DeploymentWatch.Discord")]
    [InlineData("DeploymentWatch.Slack")]
    public void Adapter_ReferencesApplicationAndDomainOnly(string adapter)
    {
        var references = ProjectReferences(adapter);
        Assert.Contains("DeploymentWatch.Application", references);
        Assert.DoesNotContain("deploymentwatch", references);
        Assert.Empty(references.Intersect(Adapters.Where(a => a != adapter)));
    }

    [Fact]
    public void Host_ComposesEveryAdapter()
    {
        var references = ProjectReferences("deploymentwatch");
        Assert.All(Adapters, adapter => Assert.Contains(adapter, references));
    }
}
