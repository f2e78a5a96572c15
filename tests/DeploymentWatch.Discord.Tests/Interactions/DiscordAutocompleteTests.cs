using System.Text.Json;
using DeploymentWatch.Discord.Interactions;
using DeploymentWatch.Discord.Interactions.Payloads;
using DeploymentWatch.Discord.Tests.Support;

namespace DeploymentWatch.Discord.Tests.Interactions;

public class DiscordAutocompleteTests
{
    private readonly DiscordAutocomplete _autocomplete = new(TestProfiles.Sample);

    [Theory]
    [InlineData("mute", "topic", "cas", "casualties")]
    [InlineData("mute", "topic", "", "casualties,icbm-satellite,all")]
    [InlineData("latest", "topic", "sat", "icbm-satellite")]
    [InlineData("figures", "metric", "wou", "wounded")]
    [InlineData("figures", "metric", "frontline", "troops-frontline")]
    [InlineData("figures", "source", "ni", "kr-nis")]
    [InlineData("figures", "source", "HUR", "ua-gur")]
    [InlineData("mute", "duration", "6", "")]
    [InlineData("nonsense", "topic", "", "")]
    public void Suggest_TypedPrefix_OffersTheMatchingValues(string subcommand, string option, string typed, string expected)
    {
        var choices = _autocomplete.Suggest(subcommand, option, typed);

        Assert.Equal(expected, string.Join(',', choices.Select(c => c.Value)));
        Assert.True(choices.Count <= 25);
    }

    [Fact]
    public void Suggest_Source_ShowsTheSourceNameAndSendsItsId()
    {
        var choice = Assert.Single(_autocomplete.Suggest("figures", "source", "NIS"));

        Assert.Equal(("NIS", "kr-nis"), (choice.Name, choice.Value));
    }

    [Fact]
    public void Suggest_Interaction_ReadsTheFocusedOptionOfTheSubcommand()
    {
        var interaction = new DiscordInteraction
        {
            Type = 4,
            Data = new DiscordInteractionData
            {
                Name = "deploymentwatch",
                Options =
                [
                    new DiscordInteractionOption
                    {
                        Name = "figures",
                        Type = 1,
                        Options =
                        [
                            new DiscordInteractionOption { Name = "metric", Type = 3, Value = JsonSerializer.SerializeToElement("killed") },
                            new DiscordInteractionOption { Name = "source", Type = 3, Value = JsonSerializer.SerializeToElement("h"), Focused = true },
                        ],
                    },
                ],
            },
        };

        Assert.Equal(["ua-gur"], _autocomplete.Suggest(interaction).Select(c => c.Value));
    }
}
