using DeploymentWatch.Application.Polling;
using DeploymentWatch.Application.Stories;
using DeploymentWatch.Composition;
using DeploymentWatch.Configuration;
using DeploymentWatch.Domain.Alerts;
using DeploymentWatch.Domain.Analysis;
using DeploymentWatch.Domain.Figures;
using DeploymentWatch.Domain.Matching;
using DeploymentWatch.Domain.Profiles;
using DeploymentWatch.Domain.Stories;
using DeploymentWatch.Feeds;
using DeploymentWatch.Feeds.Files;
using DeploymentWatch.Feeds.Folders;
using Microsoft.Extensions.Options;

namespace DeploymentWatch.Cli;

/// <summary>
/// What `scan` works with, built by hand from the same settings, files and validators as the service's container
/// (<see cref="AnalysisServices.AddArticleReading"/>): the profiles and analyzer, the "Feeds" and "Stories" options
/// (bound by generated code and checked by their validators), the folder reader, and the full reading container only
/// when a feed file or URL needs it. A native build resolves a container's open generics through its runtime type
/// loader, which cost more than analysing a small folder; a folder scan now builds none.
/// </summary>
internal sealed class ScanServices : IDisposable
{
    private readonly Lazy<ServiceProvider> _container;
    private readonly DeferredLoggerFactory _logging;

    private ScanServices(HostPaths paths, LogLevel minimum)
    {
        // The same order as the container: the profiles are read (and a bad file reported) before options are checked.
        var profiles = ProfilesFileLoader.Load(paths.ProfilesFile);
        var configuration = ReadingHost.ReadingConfiguration();
        // Bound as OptionsBuilder.Bind binds: onto a new instance, so absent keys keep their defaults.
        var feeds = new FeedsOptions();
        configuration.GetSection(FeedsOptions.SectionName).Bind(feeds);
        var stories = new StoryOptions();
        configuration.GetSection(StoryOptions.SectionName).Bind(stories);
        var feedsOptions = Options.Create(Checked(feeds, new FeedsOptionsValidator()));
        Stories = Checked(stories, new StoryOptionsValidator()).ToThresholds().WithTopics(profiles);
        // The analyzer's automata and word lists are built while the first source is read: start-up is otherwise one
        // core's work, and a native scan of a small folder is mostly start-up.
        Engine = Task.Run(() => BuildEngineAsync(profiles));
        Documents = new AlertDocumentBuilder(profiles);
        _logging = new DeferredLoggerFactory(() => LoggerFactory.Create(logging => ReadingHost.ConfigureLogging(logging, configuration, minimum)), minimum);
        _container = new(() => ReadingHost.Build(paths, minimum), LazyThreadSafetyMode.ExecutionAndPublication);
        var folders = new ArticleFolderReader(feedsOptions, _logging.CreateLogger<ArticleFolderReader>());
        Sources = new CommandLineSources(
            new FolderFeedSource(folders, feedsOptions), folders, new LocalReadGuard(TimeProvider.System), feedsOptions.Value,
            () => _container.Value.GetRequiredService<IFeedReader>());
    }

    /// <summary>The analyzer and the story vocabulary, built in the background; await before the first analysis.</summary>
    public Task<ScanEngine> Engine { get; }

    public AlertDocumentBuilder Documents { get; }

    /// <summary>When alerts are one story: the "Stories" settings with the profiles' one-event topics.</summary>
    public StoryThresholds Stories { get; }

    public CommandLineSources Sources { get; }

    /// <exception cref="ConfigFileException">profiles.yaml is missing or wrong.</exception>
    /// <exception cref="OptionsValidationException">A setting is out of range.</exception>
    public static ScanServices Open(HostPaths paths, LogLevel minimum = LogLevel.Warning) => new(paths, minimum);

    public void Dispose()
    {
        if (_container.IsValueCreated)
        {
            _container.Value.Dispose();
        }

        _logging.Dispose();
    }

    /// <summary>The topic terms, the figure vocabulary and the story words compile independently, each on its own thread.</summary>
    private static async Task<ScanEngine> BuildEngineAsync(ProfileSet profiles)
    {
        var classifier = Task.Run(() => new TopicClassifier(profiles));
        var extractor = Task.Run(() => new FigureExtractor(profiles));
        var vocabulary = StoryVocabulary.From(profiles);
        return new ScanEngine(new ArticleAnalyzer(profiles, await classifier, await extractor), vocabulary);
    }

    private static T Checked<T>(T options, IValidateOptions<T> validator)
        where T : class
    {
        var result = validator.Validate(Options.DefaultName, options);
        return result.Failed ? throw new OptionsValidationException(Options.DefaultName, typeof(T), result.Failures) : options;
    }
}
