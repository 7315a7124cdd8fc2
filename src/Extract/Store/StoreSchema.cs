namespace Extract.Store;

/// <summary>The tables of a fact store (SQLite). <c>PRAGMA user_version</c> holds <see cref="Version"/>; a store of
/// a newer version is refused rather than misread.</summary>
/// <remarks>Numbers are stored as invariant decimal text, never as SQLite reals, so a value reads back exactly as it
/// was written (0.1 stays 0.1). The README's "Fact store" section describes each column.</remarks>
internal static class StoreSchema
{
    /// <summary>The schema version this code writes and reads.</summary>
    public const int Version = 1;

    /// <summary>Creates the tables when absent.</summary>
    public const string Create = """
        CREATE TABLE IF NOT EXISTS documents (
            id            INTEGER PRIMARY KEY,
            content_hash  TEXT NOT NULL UNIQUE,
            path          TEXT NOT NULL,
            title         TEXT,
            languages     TEXT NOT NULL,
            read_at       TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS facts (
            id                INTEGER PRIMARY KEY,
            document_id       INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            language          TEXT NOT NULL,
            indicator         TEXT,
            label             TEXT NOT NULL,
            value             TEXT NOT NULL,
            precision         TEXT NOT NULL,
            approximation     TEXT NOT NULL,
            measure           TEXT NOT NULL,
            quantity_text     TEXT NOT NULL,
            period_kind       TEXT,
            period_a          INTEGER,
            period_b          INTEGER,
            period_c          INTEGER,
            period_year       INTEGER,
            period_text       TEXT,
            period_origin     TEXT,
            change_value      TEXT,
            change_precision  TEXT,
            change_unit       TEXT,
            change_direction  TEXT,
            change_basis      TEXT,
            subject           TEXT,
            qualifiers        INTEGER NOT NULL,
            sentence          TEXT NOT NULL,
            sentence_start    INTEGER NOT NULL,
            start             INTEGER NOT NULL,
            length            INTEGER NOT NULL
        );
        CREATE INDEX IF NOT EXISTS facts_by_indicator ON facts (indicator, period_year);
        CREATE INDEX IF NOT EXISTS facts_by_document ON facts (document_id);
        """;
}
