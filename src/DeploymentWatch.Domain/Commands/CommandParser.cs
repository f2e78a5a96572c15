using System.Globalization;
using DeploymentWatch.Domain.Figures;
using DeploymentWatch.Domain.Profiles;
using DeploymentWatch.Domain.Subscriptions;

namespace DeploymentWatch.Domain.Commands;

/// <summary>
/// The one grammar every front end shares (console, Discord, Slack): words separated by spaces, the command first.
/// Every mistake gets a message that says what was wrong and what would be right.
/// </summary>
public sealed class CommandParser(ProfileSet profiles)
{
    public const string AllTopics = "all";
    public const int DefaultDigestHour = 8;

    /// <summary>Longest command read; any real one is under 200 characters, and errors quote the input back.</summary>
    public const int MaxLength = 1_000;

    public CommandParseResult Parse(string text, DateTimeOffset now)
    {
        // Control characters never reach an answer (errors quote words back), whatever the front end let through.
        text = Articles.TextNormalizer.RemoveControlCharacters(text ?? string.Empty);
        if (text.Length > MaxLength)
        {
            return CommandParseResult.Fail(string.Create(
                CultureInfo.InvariantCulture, $"That command is {text.Length:N0} characters long; commands are at most {MaxLength:N0}."));
        }

        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return CommandParseResult.Fail("No command given. Try `help` for the list of commands.");
        }

        var name = words[0].TrimStart('/').ToLowerInvariant();
        var args = words[1..];
        return name switch
        {
            "subscribe" => ParseSubscribe(args),
            "unsubscribe" => NoArguments(args, new UnsubscribeCommand()),
            "mute" => ParseMute(args, now),
            "unmute" => ParseUnmute(args),
            "digest" => ParseDigest(args),
            "status" => NoArguments(args, new StatusCommand()),
            "figures" => ParseFigures(args),
            "latest" => ParseLatest(args),
            "topics" => NoArguments(args, new TopicsCommand()),
            "help" => ParseHelp(args),
            _ => UnknownCommand(name),
        };
    }

    private static CommandParseResult UnknownCommand(string name)
    {
        var suggestion = SpellingSuggester.Suggest(name, CommandCatalog.Commands.Select(c => c.Name));
        var hint = suggestion is null ? string.Empty : $" Did you mean `{suggestion}`?";
        return CommandParseResult.Fail($"Unknown command `{name}`.{hint} Try `help` for the list of commands.");
    }

    private static CommandParseResult NoArguments(string[] args, ChannelCommand command) =>
        args.Length == 0
            ? CommandParseResult.Ok(command)
            : CommandParseResult.Fail($"`{command.Name}` takes no arguments, but got `{string.Join(' ', args)}`.");

    private CommandParseResult ParseSubscribe(string[] args)
    {
        if (args.Length == 0 || (args.Length == 1 && IsAll(args[0])))
        {
            return CommandParseResult.Ok(new SubscribeCommand([]));
        }

        var topics = new List<string>();
        foreach (var arg in args.SelectMany(a => a.Split(',', StringSplitOptions.RemoveEmptyEntries)))
        {
            if (IsAll(arg))
            {
                return CommandParseResult.Fail("`all` cannot be combined with named topics: use `subscribe all` or list topics.");
            }

            if (!TryTopic(arg, out var topic, out var error))
            {
                return CommandParseResult.Fail(error!);
            }

            if (!topics.Contains(topic!))
            {
                topics.Add(topic!);
            }
        }

        return CommandParseResult.Ok(new SubscribeCommand(topics));
    }

    private CommandParseResult ParseMute(string[] args, DateTimeOffset now)
    {
        if (args.Length == 0)
        {
            return CommandParseResult.Fail("`mute` needs a topic (or `all`), e.g. `mute casualties 6h`.");
        }

        string? topic = null;
        if (!IsAll(args[0]) && !TryTopic(args[0], out topic, out var topicError))
        {
            return CommandParseResult.Fail(topicError!);
        }

        if (args.Length == 1)
        {
            return CommandParseResult.Ok(new MuteCommand(topic, null));
        }

        var durationText = string.Join(' ', args[1..]);
        return DurationParser.TryParse(durationText, now, out var until, out var error)
            ? CommandParseResult.Ok(new MuteCommand(topic, until))
            : CommandParseResult.Fail(error!);
    }

    private CommandParseResult ParseUnmute(string[] args)
    {
        if (args.Length > 1)
        {
            return CommandParseResult.Fail($"`unmute` takes one topic (or `all`), but got `{string.Join(' ', args)}`.");
        }

        if (args.Length == 0 || IsAll(args[0]))
        {
            return CommandParseResult.Ok(new UnmuteCommand(null));
        }

        return TryTopic(args[0], out var topic, out var error)
            ? CommandParseResult.Ok(new UnmuteCommand(topic))
            : CommandParseResult.Fail(error!);
    }

    private static CommandParseResult ParseDigest(string[] args)
    {
        if (args.Length == 0)
        {
            return CommandParseResult.Fail("`digest` needs a mode: `digest realtime` or `digest daily 8`.");
        }

        var mode = args[0].ToLowerInvariant() switch
        {
            "realtime" or "real-time" => DeliveryMode.Realtime,
            "daily" => (DeliveryMode?)DeliveryMode.Daily,
            _ => null,
        };
        if (mode is null)
        {
            return CommandParseResult.Fail($"Unknown digest mode `{args[0]}`. Use `realtime` or `daily`.");
        }

        if (args.Length > 2 || (mode == DeliveryMode.Realtime && args.Length > 1))
        {
            return CommandParseResult.Fail($"Too many arguments for `digest`: `{string.Join(' ', args)}`.");
        }

        var hour = DefaultDigestHour;
        if (args.Length == 2 && (!int.TryParse(args[1].TrimEnd('h', 'H'), NumberStyles.None, CultureInfo.InvariantCulture, out hour) || hour > 23))
        {
            return CommandParseResult.Fail($"`{args[1]}` is not an hour: use 0 to 23 (UTC).");
        }

        return CommandParseResult.Ok(new DigestCommand(mode.Value, hour));
    }

    private CommandParseResult ParseFigures(string[] args)
    {
        FigureMetric? metric = null;
        string? source = null;
        var chart = false;
        foreach (var arg in args)
        {
            if (arg is "--chart" or "chart")
            {
                chart = true;
            }
            else if (metric is null && source is null && FigureMetricIds.TryParse(arg, out var m))
            {
                metric = m;
            }
            else if (source is null && FindSource(arg) is { } s)
            {
                source = s.Id;
            }
            else
            {
                var known = FigureMetricIds.All.Select(FigureMetricIds.ToId).ToArray();
                var suggestion = SpellingSuggester.Suggest(arg, known.Concat(profiles.Sources.Select(x => x.DisplayName)));
                var hint = suggestion is null ? string.Empty : $" Did you mean `{suggestion}`?";
                return CommandParseResult.Fail(
                    $"`{arg}` is not a metric or a source.{hint} Metrics: {string.Join(", ", known)}. " +
                    $"Sources: {string.Join(", ", profiles.Sources.Select(x => x.DisplayName))}.");
            }
        }

        if (chart && metric is null)
        {
            return CommandParseResult.Fail("`--chart` needs a metric, e.g. `figures killed --chart`.");
        }

        return CommandParseResult.Ok(new FiguresCommand(metric, source, chart));
    }

    private CommandParseResult ParseLatest(string[] args)
    {
        if (args.Length > 1)
        {
            return CommandParseResult.Fail($"`latest` takes at most one topic, but got `{string.Join(' ', args)}`.");
        }

        if (args.Length == 0 || IsAll(args[0]))
        {
            return CommandParseResult.Ok(new LatestCommand(null));
        }

        return TryTopic(args[0], out var topic, out var error)
            ? CommandParseResult.Ok(new LatestCommand(topic))
            : CommandParseResult.Fail(error!);
    }

    private static CommandParseResult ParseHelp(string[] args)
    {
        if (args.Length == 0)
        {
            return CommandParseResult.Ok(new HelpCommand(null));
        }

        if (args.Length > 1)
        {
            return CommandParseResult.Fail("`help` takes one command name, e.g. `help mute`.");
        }

        var spec = CommandCatalog.Find(args[0].TrimStart('/'));
        return spec is null ? UnknownCommand(args[0]) : CommandParseResult.Ok(new HelpCommand(spec.Name));
    }

    private bool TryTopic(string input, out string? topic, out string? error)
    {
        topic = profiles.FindTopic(input)?.Id;
        error = null;
        if (topic is not null)
        {
            return true;
        }

        var suggestion = SpellingSuggester.Suggest(input, profiles.Topics.Select(t => t.Id));
        var hint = suggestion is null ? string.Empty : $" Did you mean `{suggestion}`?";
        error = $"Unknown topic `{input}`.{hint} Topics: {string.Join(", ", profiles.Topics.Select(t => t.Id))}.";
        return false;
    }

    private SourceDefinition? FindSource(string input) =>
        profiles.FindSource(input)
        ?? profiles.Sources.FirstOrDefault(s => s.Aliases.Any(a => string.Equals(a, input, StringComparison.OrdinalIgnoreCase)));

    private static bool IsAll(string word) => string.Equals(word, AllTopics, StringComparison.OrdinalIgnoreCase);
}
