// Tests whose system service (Chromium) is absent skip with one line saying what to install (and fail under CI=true).
[assembly: TestFramework("DeploymentWatch.TestKit.SystemServices.SystemServiceTestFramework", "DeploymentWatch.TestKit")]
