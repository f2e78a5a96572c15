using DeploymentWatch.Scan;

return await NativeScan.RunAsync(args);
