using DeploymentWatch.Discord.Alerts;

namespace DeploymentWatch.Discord.Tests.Alerts;

public class DiscordNonceTests
{
    [Fact]
    public void From_SameKey_GivesTheSameNonceOfAtMost25Characters()
    {
        var key = "alert:0f3c9e2a7b/discord:1234567890/987654321012345678";

        var first = DiscordNonce.From(key);

        Assert.Equal(first, DiscordNonce.From(key));
        Assert.Equal(25, first.Length);
        Assert.Matches("^[0-9a-f]{25}$", first);
    }

    [Fact]
    public void From_DifferentKeys_GiveDifferentNonces()
    {
        var nonces = Enumerable.Range(0, 1000).Select(i => DiscordNonce.From($"alert-{i}/discord:1/2")).ToHashSet();

        Assert.Equal(1000, nonces.Count);
    }
}
