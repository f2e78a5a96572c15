using DeploymentWatch.Configuration;
using DeploymentWatch.Domain.Figures;
using DeploymentWatch.TestKit.Feeds;
using DeploymentWatch.TestKit.Repository;

namespace DeploymentWatch.Tests.Configuration;

/// <summary>The figure vocabulary section of config/profiles.yaml: loaded whole, or refused with file and line.</summary>
public class ProfilesFileLoaderFiguresTests
{
    private const string Topics = """
        topics:
          - id: casualties
            description: NK soldiers killed
            threshold: 1
            entities:
              - name: North Korean soldiers
                aliases: [North Korean soldiers]
            triggers: [killed]

        """;

    [Fact]
    public void Load_ShippedProfiles_HasEveryFigureWordListAndSourceCountries()
    {
        var profiles = ProfilesFileLoader.Load(Path.Combine(RepositoryPaths.Config, "profiles.yaml"));

        Assert.All(FigureVocabulary.ListNames, name => Assert.NotEmpty(profiles.Figures.List(name)));
        Assert.Contains("sappers", profiles.Figures.List("personnel"));
        Assert.Equal(1_000_000, profiles.Figures.MaxCount);
        Assert.Equal("south-korea", profiles.FindSource("kr-nis")!.Country);
    }

    [Fact]
    public void Load_NoFiguresSection_GivesAnEmptyVocabulary()
    {
        using var folder = new TemporaryFolder();

        var profiles = ProfilesFileLoader.Load(folder.Write("profiles.yaml", Topics));

        Assert.True(profiles.Figures.IsEmpty);
    }

    [Fact]
    public void Load_FullFiguresSection_ReadsEveryList()
    {
        using var folder = new TemporaryFolder();

        var profiles = ProfilesFileLoader.Load(folder.Write("profiles.yaml", Topics + Figures(maxCount: "5000")));

        Assert.Equal(5000, profiles.Figures.MaxCount);
        Assert.Equal(["word-personnel"], profiles.Figures.List("personnel"));
    }

    [Theory]
    [InlineData("  front: [word-front]\n", "", "the word list 'front' is required")]
    [InlineData("  front: [word-front]\n", "  front: []\n", "'front' must list at least one entry")]
    [InlineData("  front: [word-front]\n", "  front: [x]\n  fronts: [y]\n", "unknown key 'fronts'")]
    [InlineData("  max-count: 1000000\n", "  max-count: 0\n", "max-count must be a whole number of at least 1")]
    [InlineData("  max-count: 1000000\n", "  max-count: many\n", "'max-count' must be a number")]
    public void Load_BadFiguresSection_StopsWithFileAndLine(string line, string replacement, string message)
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("profiles.yaml", Topics + Figures("1000000").Replace(line, replacement, StringComparison.Ordinal));

        var error = Assert.Throws<ConfigFileException>(() => ProfilesFileLoader.Load(path));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Matches($"^{System.Text.RegularExpressions.Regex.Escape(path)}:[0-9]+: ", error.Message);
    }

    private static string Figures(string maxCount) =>
        "figures:\n" + $"  max-count: {maxCount}\n" + string.Concat(FigureVocabulary.ListNames.Select(n => $"  {n}: [word-{n}]\n"));
}
