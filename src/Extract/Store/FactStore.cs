using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Extract.Documents;
using Extract.Facts;
using Extract.Quantities;
using Microsoft.Data.Sqlite;

namespace Extract.Store;

/// <summary>Facts of many documents kept in one SQLite file, so that later checks can compare a document with the
/// documents read before it (this year's growth rates against last year's figures).</summary>
/// <remarks>A document is keyed by the SHA-256 of its source text: putting it again replaces its facts, as does
/// putting another text read from the same path (an edited file). Each document is written in one transaction, so a
/// store interrupted mid-write holds either all the document's facts or its earlier state, never part of them.
/// Not thread-safe: one store per thread.</remarks>
public sealed class FactStore : IDisposable
{
    private readonly SqliteConnection connection;

    private FactStore(string path, SqliteConnection connection)
    {
        Path = path;
        this.connection = connection;
    }

    /// <summary>The file the store lives in.</summary>
    public string Path { get; }

    /// <summary>Opens the store at <paramref name="path"/>, creating the file and its tables when absent.</summary>
    /// <exception cref="FactStoreException">When the file is not an SQLite database, holds a newer schema, or
    /// cannot be opened.</exception>
    public static FactStore Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA foreign_keys = ON;");
            var version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version;"), CultureInfo.InvariantCulture);
            if (version > StoreSchema.Version)
            {
                throw new FactStoreException(path, $"the fact store has schema version {version}; this version of Extract reads version {StoreSchema.Version} and earlier");
            }

            using (var transaction = connection.BeginTransaction())
            {
                Execute(connection, StoreSchema.Create, transaction);
                Execute(connection, $"PRAGMA user_version = {StoreSchema.Version};", transaction);
                transaction.Commit();
            }

            return new FactStore(path, connection);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new FactStoreException(path, $"not a fact store: {e.Message}", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The key of <paramref name="document"/>: the SHA-256 of its source text, in lower-case hex.</summary>
    public static string ContentHash(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(document.Source))).ToLowerInvariant();
    }

    /// <summary>The document as a store describes it: its key, path, title and the editions its facts stand in.</summary>
    public static StoredDocument Describe(Document document, IEnumerable<Fact> facts)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(facts);
        var languages = facts.Select(f => f.Language).Append(document.Language).Where(l => l != Language.Neutral).Distinct().Order().Select(LanguageCode);
        var joined = string.Join('+', languages);
        return new StoredDocument(ContentHash(document), document.SourcePath, document.Title, joined.Length == 0 ? "neutral" : joined);
    }

    /// <summary>Writes the facts of <paramref name="document"/>, replacing those of the same text or the same path
    /// written before, in one transaction.</summary>
    /// <returns>The document as stored.</returns>
    public StoredDocument Put(Document document, IEnumerable<Fact> facts)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(facts);
        var list = facts as IReadOnlyCollection<Fact> ?? [.. facts];
        var stored = Describe(document, list);
        Put(stored, list.Select(f => StoredFact.From(f, stored)));
        return stored;
    }

    /// <summary>Writes <paramref name="facts"/> as those of <paramref name="document"/>, replacing those of the same
    /// key or the same path written before, in one transaction: if the facts cannot all be written (an exception
    /// while enumerating them, a full disk), the store keeps its earlier state.</summary>
    public void Put(StoredDocument document, IEnumerable<StoredFact> facts)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(facts);
        try
        {
            using var transaction = connection.BeginTransaction();
            using (var delete = Command("DELETE FROM documents WHERE content_hash = $hash OR path = $path;", transaction))
            {
                delete.Parameters.AddWithValue("$hash", document.ContentHash);
                delete.Parameters.AddWithValue("$path", document.Path);
                delete.ExecuteNonQuery();
            }

            long id;
            using (var insert = Command("INSERT INTO documents (content_hash, path, title, languages, read_at) VALUES ($hash, $path, $title, $languages, $readAt) RETURNING id;", transaction))
            {
                insert.Parameters.AddWithValue("$hash", document.ContentHash);
                insert.Parameters.AddWithValue("$path", document.Path);
                insert.Parameters.AddWithValue("$title", (object?)document.Title ?? DBNull.Value);
                insert.Parameters.AddWithValue("$languages", document.Languages);
                insert.Parameters.AddWithValue("$readAt", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
                id = Convert.ToInt64(insert.ExecuteScalar(), CultureInfo.InvariantCulture);
            }

            using var add = Command("""
                INSERT INTO facts (document_id, language, indicator, label, value, precision, approximation, measure,
                    quantity_text, period_kind, period_a, period_b, period_c, period_year, period_text, period_origin,
                    change_value, change_precision, change_unit, change_direction, change_basis, subject, qualifiers,
                    sentence, sentence_start, start, length)
                VALUES ($document, $language, $indicator, $label, $value, $precision, $approximation, $measure,
                    $text, $periodKind, $periodA, $periodB, $periodC, $periodYear, $periodText, $periodOrigin,
                    $changeValue, $changePrecision, $changeUnit, $changeDirection, $changeBasis, $subject, $qualifiers,
                    $sentence, $sentenceStart, $start, $length);
                """, transaction);
            foreach (var fact in facts)
            {
                add.Parameters.Clear();
                var period = fact.Period is { } p ? PeriodCodec.Encode(p) : default((string Kind, int A, int? B, int? C)?);
                add.Parameters.AddWithValue("$document", id);
                add.Parameters.AddWithValue("$language", LanguageCode(fact.Language));
                add.Parameters.AddWithValue("$indicator", Nullable(fact.IndicatorId));
                add.Parameters.AddWithValue("$label", fact.Label);
                add.Parameters.AddWithValue("$value", Text(fact.Value));
                add.Parameters.AddWithValue("$precision", Text(fact.Precision));
                add.Parameters.AddWithValue("$approximation", fact.Approximation.ToString());
                add.Parameters.AddWithValue("$measure", fact.Measure);
                add.Parameters.AddWithValue("$text", fact.QuantityText);
                add.Parameters.AddWithValue("$periodKind", Nullable(period?.Kind));
                add.Parameters.AddWithValue("$periodA", (object?)period?.A ?? DBNull.Value);
                add.Parameters.AddWithValue("$periodB", (object?)period?.B ?? DBNull.Value);
                add.Parameters.AddWithValue("$periodC", (object?)period?.C ?? DBNull.Value);
                add.Parameters.AddWithValue("$periodYear", (object?)fact.Period?.LastYear ?? DBNull.Value);
                add.Parameters.AddWithValue("$periodText", Nullable(fact.Period?.ToString()));
                add.Parameters.AddWithValue("$periodOrigin", Nullable(fact.PeriodOrigin?.ToString()));
                add.Parameters.AddWithValue("$changeValue", Nullable(fact.Change is { } c1 ? Text(c1.Value) : null));
                add.Parameters.AddWithValue("$changePrecision", Nullable(fact.Change is { } c2 ? Text(c2.Precision) : null));
                add.Parameters.AddWithValue("$changeUnit", Nullable(fact.Change?.Unit.ToString()));
                add.Parameters.AddWithValue("$changeDirection", Nullable(fact.Change?.Direction.ToString()));
                add.Parameters.AddWithValue("$changeBasis", Nullable(fact.Change?.Basis.ToString()));
                add.Parameters.AddWithValue("$subject", Nullable(fact.Subject));
                add.Parameters.AddWithValue("$qualifiers", (int)fact.Qualifiers);
                add.Parameters.AddWithValue("$sentence", fact.Sentence);
                add.Parameters.AddWithValue("$sentenceStart", fact.SentenceStart);
                add.Parameters.AddWithValue("$start", fact.Start);
                add.Parameters.AddWithValue("$length", fact.Length);
                add.ExecuteNonQuery();
            }

            transaction.Commit();
        }
        catch (SqliteException e)
        {
            throw new FactStoreException(Path, $"could not write the facts of {document.Path}: {e.Message}", e);
        }
    }

    /// <summary>The documents the store holds, by path.</summary>
    public IReadOnlyList<StoredDocument> Documents()
    {
        using var command = Command("SELECT content_hash, path, title, languages FROM documents ORDER BY path;");
        using var reader = command.ExecuteReader();
        var list = new List<StoredDocument>();
        while (reader.Read())
        {
            list.Add(new StoredDocument(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3)));
        }

        return list;
    }

    /// <summary>The stored facts of <paramref name="indicatorId"/> (any when <see langword="null"/>) for
    /// <paramref name="period"/> (any when <see langword="null"/>), in the order they were written.</summary>
    public IReadOnlyList<StoredFact> Query(string? indicatorId = null, Period? period = null)
    {
        var where = new List<string>();
        using var command = Command(string.Empty);
        if (indicatorId is not null)
        {
            where.Add("f.indicator = $indicator");
            command.Parameters.AddWithValue("$indicator", indicatorId);
        }

        if (period is not null)
        {
            var (kind, a, b, c) = PeriodCodec.Encode(period);
            where.Add("f.period_kind = $kind AND f.period_a = $a AND f.period_b IS $b AND f.period_c IS $c");
            command.Parameters.AddWithValue("$kind", kind);
            command.Parameters.AddWithValue("$a", a);
            command.Parameters.AddWithValue("$b", (object?)b ?? DBNull.Value);
            command.Parameters.AddWithValue("$c", (object?)c ?? DBNull.Value);
        }

        command.CommandText = $"""
            SELECT d.content_hash, d.path, d.title, d.languages,
                f.language, f.indicator, f.label, f.value, f.precision, f.approximation, f.measure, f.quantity_text,
                f.period_kind, f.period_a, f.period_b, f.period_c, f.period_origin,
                f.change_value, f.change_precision, f.change_unit, f.change_direction, f.change_basis,
                f.subject, f.qualifiers, f.sentence, f.sentence_start, f.start, f.length
            FROM facts f JOIN documents d ON d.id = f.document_id
            {(where.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", where))}
            ORDER BY f.id;
            """;
        using var reader = command.ExecuteReader();
        var documents = new Dictionary<string, StoredDocument>(StringComparer.Ordinal);
        var list = new List<StoredFact>();
        while (reader.Read())
        {
            var hash = reader.GetString(0);
            if (!documents.TryGetValue(hash, out var document))
            {
                document = new StoredDocument(hash, reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3));
                documents[hash] = document;
            }

            var storedPeriod = reader.IsDBNull(12) ? null : PeriodCodec.Decode(reader.GetString(12), reader.GetInt32(13), NullableInt(reader, 14), NullableInt(reader, 15));
            var change = reader.IsDBNull(17) ? null : new StoredChange(
                Number(reader.GetString(17)),
                Number(reader.GetString(18)),
                Enum.Parse<ChangeUnit>(reader.GetString(19)),
                Enum.Parse<ChangeDirection>(reader.GetString(20)),
                Enum.Parse<ChangeBasis>(reader.GetString(21)));
            list.Add(new StoredFact(
                document,
                ParseLanguage(reader.GetString(4)),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.GetString(6),
                Number(reader.GetString(7)),
                Number(reader.GetString(8)),
                Enum.Parse<Approximation>(reader.GetString(9)),
                reader.GetString(10),
                reader.GetString(11),
                storedPeriod,
                storedPeriod is null || reader.IsDBNull(16) ? null : Enum.Parse<PeriodOrigin>(reader.GetString(16)),
                change,
                reader.IsDBNull(22) ? null : reader.GetString(22),
                (FactQualifiers)reader.GetInt32(23),
                reader.GetString(24),
                reader.GetInt32(25),
                reader.GetInt32(26),
                reader.GetInt32(27)));
        }

        return list;
    }

    /// <inheritdoc/>
    public void Dispose() => connection.Dispose();

    internal static string LanguageCode(Language language) => language switch
    {
        Language.Chinese => "zh",
        Language.English => "en",
        _ => "neutral",
    };

    private static Language ParseLanguage(string code) => code switch
    {
        "zh" => Language.Chinese,
        "en" => Language.English,
        _ => Language.Neutral,
    };

    private SqliteCommand Command(string text, SqliteTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = text;
        command.Transaction = transaction;
        return command;
    }

    private static void Execute(SqliteConnection connection, string text, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = text;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string text)
    {
        using var command = connection.CreateCommand();
        command.CommandText = text;
        return command.ExecuteScalar();
    }

    private static object Nullable(string? value) => (object?)value ?? DBNull.Value;

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static decimal Number(string text) => decimal.Parse(text, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);

    private static int? NullableInt(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);
}
