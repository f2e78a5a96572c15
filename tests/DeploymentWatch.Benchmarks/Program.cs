using BenchmarkDotNet.Running;
using DeploymentWatch.Benchmarks.Delivery;
using DeploymentWatch.Benchmarks.Discord;

// Load harnesses that are not BenchmarkDotNet benchmarks are chosen by their first argument.
if (args.Length > 0 && args[0].TrimStart('-') == DiscordBurstHarness.Command)
{
    return await DiscordBurstHarness.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0].TrimStart('-') == OutboxCrashHarness.Command)
{
    return await OutboxCrashHarness.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
