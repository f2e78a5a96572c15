using BenchmarkDotNet.Running;
using DeploymentWatch.Benchmarks.Delivery;
using DeploymentWatch.Benchmarks.Discord;
using DeploymentWatch.Benchmarks.Web;

// Load harnesses that are not BenchmarkDotNet benchmarks are chosen by their first argument.
if (args.Length > 0 && args[0].TrimStart('-') == DiscordBurstHarness.Command)
{
    return await DiscordBurstHarness.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0].TrimStart('-') == OutboxCrashHarness.Command)
{
    return await OutboxCrashHarness.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0].TrimStart('-') is DeploymentWatch.Benchmarks.Pipeline.PipelineLoadHarness.Single
        or DeploymentWatch.Benchmarks.Pipeline.PipelineLoadHarness.FirstPoll
        or DeploymentWatch.Benchmarks.Pipeline.PipelineLoadHarness.Steady)
{
    return await DeploymentWatch.Benchmarks.Pipeline.PipelineLoadHarness.RunAsync(args[0].TrimStart('-'), args[1..]);
}

if (args.Length > 0 && args[0].TrimStart('-') is DeploymentWatch.Benchmarks.Cluster.ClusterHarness.Load
        or DeploymentWatch.Benchmarks.Cluster.ClusterHarness.Once
        or DeploymentWatch.Benchmarks.Cluster.ClusterHarness.Hosts)
{
    return await DeploymentWatch.Benchmarks.Cluster.ClusterHarness.RunAsync(args[0].TrimStart('-'), args[1..]);
}

if (args.Length > 0 && args[0].TrimStart('-') == WebPagesHarness.Command)
{
    return await WebPagesHarness.RunAsync(args[1..]);
}

// Not typeof(Program): the host assembly, referenced for the web harness, has its own Program.
BenchmarkSwitcher.FromAssembly(typeof(DiscordBurstHarness).Assembly).Run(args);
return 0;
