using DeploymentWatch.Cli;

return await CliApplication.RunAsync(args);
