using System.Globalization;
using System.Text.RegularExpressions;
using DeploymentWatch.Domain.Figures;
using DeploymentWatch.Domain.Profiles;
using YamlDotNet.RepresentationModel;

namespace DeploymentWatch.Configuration;

/// <summary>Reads and validates config/profiles.yaml; any problem stops start-up with the file and line.</summary>
public static partial class ProfilesFileLoader
{
    public static ProfileSet Load(string path)
    {
        var file = new YamlFile(path);
        var root = file.LoadRoot();
        file.CheckKeys(root, "topics", "sources", "figures");
        var topics = file.Mappings(root, "topics", required: true).Select(t => ReadTopic(file, t)).ToList();
        var duplicate = topics.GroupBy(t => t.Id, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ConfigFileException($"{path}: topic id '{duplicate.Key}' is defined twice.");
        }

        var sources = file.Mappings(root, "sources", required: false).Select(s => ReadSource(file, s)).ToList();
        return new ProfileSet(topics, sources) { Figures = ReadFigures(file, root) };
    }

    /// <summary>The figure vocabulary: every list of <see cref="FigureVocabulary.ListNames"/>, and max-count.</summary>
    private static FigureVocabulary ReadFigures(YamlFile file, YamlMappingNode root)
    {
        if (YamlFile.Get(root, "figures") is not { } node)
        {
            return FigureVocabulary.Empty;
        }

        if (node is not YamlMappingNode map)
        {
            throw file.Error(node, "'figures' must be a mapping of word lists (see the profile reference).");
        }

        file.CheckKeys(map, [.. FigureVocabulary.ListNames, "max-count"]);
        var maxCount = file.OptionalNumber(map, "max-count") ?? FigureVocabulary.DefaultMaxCount;
        if (maxCount < 1 || maxCount != Math.Floor(maxCount) || maxCount > long.MaxValue / 2)
        {
            throw file.Error(YamlFile.Get(map, "max-count")!, $"figures: max-count must be a whole number of at least 1, not {maxCount.ToString(CultureInfo.InvariantCulture)}.");
        }

        var lists = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var name in FigureVocabulary.ListNames)
        {
            if (YamlFile.Get(map, name) is null)
            {
                throw file.Error(map, $"figures: the word list '{name}' is required.");
            }

            lists[name] = file.StringList(map, name, required: true);
        }

        return FigureVocabulary.Create(lists, (long)maxCount);
    }

    private static TopicProfile ReadTopic(YamlFile file, YamlMappingNode map)
    {
        file.CheckKeys(map, "id", "description", "colour", "threshold", "window", "lead", "entities", "triggers", "context", "exclusions", "ignore", "others", "one-event-hours");
        var id = file.RequiredString(map, "id");
        if (!TopicId().IsMatch(id))
        {
            throw file.Error(map, $"topic id '{id}' must be lower-case letters, digits and hyphens.");
        }

        var threshold = file.OptionalNumber(map, "threshold") ?? throw file.Error(map, $"topic '{id}': 'threshold' is required.");
        if (threshold < 1 || threshold > 100 || double.IsNaN(threshold))
        {
            throw file.Error(YamlFile.Get(map, "threshold")!, $"topic '{id}': threshold must be between 1 and 100 (supporting sentences), not {threshold.ToString(CultureInfo.InvariantCulture)}.");
        }

        var window = file.OptionalNumber(map, "window") ?? 1;
        if (window < 0 || window > 5 || window != Math.Floor(window))
        {
            throw file.Error(YamlFile.Get(map, "window")!, $"topic '{id}': window must be a whole number from 0 to 5.");
        }

        var lead = file.OptionalNumber(map, "lead") ?? 2;
        if (lead < 0 || lead > 10 || lead != Math.Floor(lead))
        {
            throw file.Error(YamlFile.Get(map, "lead")!, $"topic '{id}': lead must be a whole number of sentences from 0 to 10.");
        }

        var oneEvent = file.OptionalNumber(map, "one-event-hours");
        if (oneEvent is { } hours && (hours <= 0 || hours > 48 || double.IsNaN(hours)))
        {
            throw file.Error(YamlFile.Get(map, "one-event-hours")!, $"topic '{id}': one-event-hours must be more than 0 and at most 48.");
        }

        var entities = file.Mappings(map, "entities", required: true).Select(e => ReadEntity(file, e)).ToArray();
        return new TopicProfile(
            id,
            file.RequiredString(map, "description"),
            entities,
            file.StringList(map, "triggers", required: true),
            file.StringList(map, "context", required: false),
            file.StringList(map, "exclusions", required: false),
            threshold,
            (int)window,
            ReadColour(file, map))
        {
            Lead = (int)lead,
            Ignore = file.StringList(map, "ignore", required: false),
            Others = file.StringList(map, "others", required: false),
            OneEventWithin = oneEvent is { } h ? TimeSpan.FromHours(h) : null,
        };
    }

    private static EntityDefinition ReadEntity(YamlFile file, YamlMappingNode map)
    {
        file.CheckKeys(map, "name", "aliases");
        return new EntityDefinition(file.RequiredString(map, "name"), file.StringList(map, "aliases", required: false));
    }

    private static SourceDefinition ReadSource(YamlFile file, YamlMappingNode map)
    {
        file.CheckKeys(map, "id", "name", "aliases", "speakers", "country");
        return new SourceDefinition(file.RequiredString(map, "id"), file.RequiredString(map, "name"), file.StringList(map, "aliases", required: false))
        {
            Speakers = file.Mappings(map, "speakers", required: false).Select(e => ReadEntity(file, e)).ToArray(),
            Country = file.OptionalString(map, "country"),
        };
    }

    private static int ReadColour(YamlFile file, YamlMappingNode map)
    {
        var text = file.OptionalString(map, "colour");
        if (text is null)
        {
            return 0x808080;
        }

        return text.Length == 7 && text[0] == '#' && int.TryParse(text.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb)
            ? rgb
            : throw file.Error(YamlFile.Get(map, "colour")!, $"colour '{text}' must look like \"#RRGGBB\".");
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,31}$")]
    private static partial Regex TopicId();
}
