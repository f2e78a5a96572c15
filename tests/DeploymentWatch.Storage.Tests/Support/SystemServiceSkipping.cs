// Tests whose system service is absent skip with one line saying what to install (and fail instead under CI=true).
[assembly: TestFramework("DeploymentWatch.TestKit.SystemServices.SystemServiceTestFramework", "DeploymentWatch.TestKit")]
