using System.Data.Common;
using DeploymentWatch.Application.Figures;
using DeploymentWatch.Domain.Figures;
using DeploymentWatch.Storage.Database;

namespace DeploymentWatch.Storage.Figures;

/// <summary>
/// One row per source per figure. Metric and qualifier are stored by their wire ids (FigureMetricIds), so the
/// rows read the same as the corpus and commands, and reordering the enums never changes stored data.
/// </summary>
internal sealed class FigureStore(StorageDatabase database) : IFigureStore
{
    private const string InsertSql = """
        INSERT INTO figures
            (alert_id, source, metric, low, high, qualifier, reported_at, created_at, article_title, link, outlet, sentence, speaker)
        VALUES
            (@alert_id, @source, @metric, @low, @high, @qualifier, @reported_at, @created_at, @article_title, @link, @outlet, @sentence, @speaker)
        """;

    internal const string Columns =
        "source, metric, low, high, qualifier, reported_at, alert_id, article_title, link, outlet, sentence, speaker";

    // Window functions exist in both engines (SQLite 3.25+); ties on reported_at go to the latest created row.
    private const string LatestPerSourceSql = $"""
        SELECT {Columns} FROM (
            SELECT f.*, ROW_NUMBER() OVER (
                PARTITION BY source, metric ORDER BY reported_at DESC, created_at DESC, id DESC) AS rn
            FROM figures f
            WHERE @metric IS NULL OR metric = @metric
        ) ranked
        WHERE rn = 1
        ORDER BY metric, source
        """;

    private const string HistorySql = $"""
        SELECT {Columns} FROM figures WHERE metric = @metric ORDER BY reported_at, created_at, id
        """;

    public async Task<IReadOnlyList<FigureReport>> LatestPerSourceAsync(FigureMetric? metric, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = database.Command(connection, null, LatestPerSourceSql).Text("@metric", metric?.ToId());
        return await command.ListAsync(Read, cancellationToken);
    }

    public async Task<IReadOnlyList<FigureReport>> HistoryAsync(FigureMetric metric, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = database.Command(connection, null, HistorySql).Text("@metric", metric.ToId());
        return await command.ListAsync(Read, cancellationToken);
    }

    /// <summary>Writes one report inside the caller's transaction (the alert's, see AlertStore).</summary>
    internal static async Task InsertAsync(
        StorageDatabase database,
        DbConnection connection,
        DbTransaction transaction,
        FigureReport figure,
        DateTimeOffset createdAt,
        CancellationToken cancellationToken)
    {
        await using var command = database.Command(connection, transaction, InsertSql)
            .Text("@alert_id", figure.AlertId)
            .Text("@source", figure.Source)
            .Text("@metric", figure.Metric.ToId())
            .Int64("@low", figure.Low)
            .Int64("@high", figure.High)
            .Text("@qualifier", figure.Qualifier.ToId())
            .Time("@reported_at", figure.ReportedAt)
            .Time("@created_at", createdAt)
            .Text("@article_title", figure.ArticleTitle)
            .Text("@link", figure.Link?.OriginalString)
            .Text("@outlet", figure.Outlet)
            .Text("@sentence", figure.Sentence)
            .Text("@speaker", figure.Speaker);
        await command.ExecuteAsync(cancellationToken);
    }

    internal static FigureReport Read(StorageRow row) => new(
        row.Text("source"),
        ParseMetric(row.Text("metric")),
        row.Int64("low"),
        row.Int64("high"),
        ParseQualifier(row.Text("qualifier")),
        row.Time("reported_at"),
        row.Text("alert_id"),
        row.Text("article_title"),
        row.NullableText("link") is { } link ? new Uri(link, UriKind.RelativeOrAbsolute) : null,
        row.NullableText("outlet"),
        row.Text("sentence"))
    {
        Speaker = row.NullableText("speaker"),
    };

    private static FigureMetric ParseMetric(string id) =>
        FigureMetricIds.TryParse(id, out var metric)
            ? metric
            : throw new InvalidDataException($"Unknown figure metric '{id}' in the figures table.");

    private static FigureQualifier ParseQualifier(string id) =>
        FigureMetricIds.TryParseQualifier(id, out var qualifier)
            ? qualifier
            : throw new InvalidDataException($"Unknown figure qualifier '{id}' in the figures table.");
}
