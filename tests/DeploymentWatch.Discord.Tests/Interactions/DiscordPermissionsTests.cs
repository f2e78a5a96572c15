using DeploymentWatch.Discord.Interactions;

namespace DeploymentWatch.Discord.Tests.Interactions;

public class DiscordPermissionsTests
{
    [Theory]
    [InlineData("8", true)]
    [InlineData("16", true)]
    [InlineData("2147483647", true)]
    [InlineData("2251799813685247", true)]
    [InlineData("340282366920938463463374607431768211455", true)]
    [InlineData("2048", false)]
    [InlineData("32", false)]
    [InlineData("0", false)]
    [InlineData("18446744073709551616", false)]
    [InlineData("-16", false)]
    [InlineData("sixteen", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void CanManageChannels_MemberPermissions_NeedsAdministratorOrManageChannels(string? permissions, bool expected)
    {
        Assert.Equal(expected, DiscordPermissions.CanManageChannels(permissions));
    }
}
