using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Extract.Reading;
using Extract.Reading.Segments;
using Extract.Splitting;

namespace Extract.Reconciliation;

/// <summary>Reconciles many inputs at once, in parallel up to the number of cores: pairs of editions found by name
/// (<c>X.zh.*</c> and <c>X.en.*</c>), bilingual documents, translators' files of segments, or the rows of a manifest.
/// One input that cannot be read gives a <see cref="BatchResult"/> with its error and never stops or hides the others.</summary>
/// <example>
/// <code>
/// var batch = new BatchReconciler();
/// await foreach (var result in batch.RunAsync(BatchReconciler.Discover("translations/")))
///     Console.WriteLine($"{result.Job.Name}: {result.Error?.Message ?? result.Count(Severity.High) + " high"}");
/// </code>
/// </example>
public sealed class BatchReconciler
{
    private static readonly HashSet<string> SegmentExtensions = new([".xlf", ".xliff", ".sdlxliff", ".mqxliff", ".tmx", ".tsv", ".csv"], StringComparer.OrdinalIgnoreCase);

    private readonly Reconciler _reconciler;
    private readonly DocumentReader _documents;
    private readonly SegmentFileReader _segments;

    /// <summary>Creates a batch reconciler.</summary>
    public BatchReconciler(ReconciliationOptions? options = null, ReaderOptions? readerOptions = null, SegmentReaderOptions? segmentOptions = null)
    {
        _reconciler = new Reconciler(options);
        _documents = new DocumentReader(readerOptions);
        _segments = new SegmentFileReader(segmentOptions);
    }

    /// <summary>The jobs of a directory's files (not its subdirectories), by name: <c>X.zh.*</c> with <c>X.en.*</c>
    /// as a pair; XLIFF, TMX and tables of segments (<c>.xlf .xliff .sdlxliff .mqxliff .tmx .tsv .csv</c>) each on
    /// its own; any other file as a document holding both editions. Hidden files are passed over.</summary>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    public static ImmutableArray<ReconciliationJob> Discover(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var files = Directory.GetFiles(directory)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var jobs = ImmutableArray.CreateBuilder<ReconciliationJob>();
        var paired = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (EditionName(file, "zh") is { } name
                && files.FirstOrDefault(f => EditionName(f, "en") == name && Path.GetDirectoryName(f) == Path.GetDirectoryName(file)) is { } english)
            {
                jobs.Add(new ReconciliationJob(name, ReconciliationInput.Pair, [file, english]));
                paired.Add(file);
                paired.Add(english);
            }
        }

        foreach (var file in files.Where(f => !paired.Contains(f)))
        {
            jobs.Add(ForFile(file));
        }

        return [.. jobs.OrderBy(j => j.Paths[0], StringComparer.Ordinal)];
    }

    /// <summary>The jobs a manifest lists: a CSV file, one job a row, with a Chinese and an English path (a pair of
    /// editions) or one path (a bilingual document or a file of segments); an optional header row; paths relative to
    /// the manifest's folder.</summary>
    /// <exception cref="MalformedSegmentFileException">A row holds no path, or more than two.</exception>
    /// <exception cref="IOException">The manifest cannot be read.</exception>
    public static ImmutableArray<ReconciliationJob> FromManifest(string manifestPath)
    {
        ArgumentNullException.ThrowIfNull(manifestPath);
        var folder = Path.GetDirectoryName(Path.GetFullPath(manifestPath))!;
        var jobs = ImmutableArray.CreateBuilder<ReconciliationJob>();
        var configuration = new CsvHelper.Configuration.CsvConfiguration(CultureInfo.InvariantCulture) { HasHeaderRecord = false, BadDataFound = null, AllowComments = true, TrimOptions = CsvHelper.Configuration.TrimOptions.Trim };
        using var parser = new CsvHelper.CsvParser(new StreamReader(manifestPath), configuration);
        while (parser.Read())
        {
            var line = parser.RawRow;
            var cells = (parser.Record ?? []).Where(c => c.Length > 0).ToList();
            if (cells.Count == 0 || (parser.Row == 1 && cells.All(IsHeaderCell)))
            {
                continue;
            }

            if (cells.Count > 2)
            {
                throw new MalformedSegmentFileException(manifestPath, line, 0, $"the row names {cells.Count} files; a row names a Chinese and an English edition, or one file");
            }

            var paths = cells.Select(c => Path.IsPathRooted(c) ? c : Path.Combine(folder, c)).ToImmutableArray();
            jobs.Add(paths.Length == 2
                ? new ReconciliationJob(EditionName(paths[0], "zh") ?? Path.GetFileNameWithoutExtension(paths[0]), ReconciliationInput.Pair, paths)
                : ForFile(paths[0]));
        }

        return jobs.ToImmutable();
    }

    /// <summary>The job of one file: a file of segments (by its extension, or XLIFF and TMX by their content) or a
    /// document holding both editions.</summary>
    public static ReconciliationJob ForFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new ReconciliationJob(Path.GetFileName(path), IsSegmentFile(path) ? ReconciliationInput.Segments : ReconciliationInput.Bilingual, [path]);
    }

    /// <summary>Whether the file at <paramref name="path"/> is a translator's file of segments rather than a document:
    /// its extension says so (<c>.xlf .xliff .sdlxliff .mqxliff .tmx .tsv .csv</c>) or its content is XLIFF or TMX.
    /// A file that cannot be opened is not.</summary>
    public static bool IsSegmentFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (SegmentExtensions.Contains(Path.GetExtension(path)))
        {
            return true;
        }

        try
        {
            return File.Exists(path) && new SegmentFileReader().CanRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Reconciles one job.</summary>
    /// <exception cref="ExtractException">An input cannot be read or reconciled.</exception>
    /// <exception cref="IOException">A file cannot be opened.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <remarks>Each read and the reconciliation keep to the time limits of their options
    /// (<see cref="ReaderOptions.TimeLimit"/>, <see cref="ReconciliationOptions.TimeLimit"/>).</remarks>
    public ConsistencyReport Reconcile(ReconciliationJob job, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        return job.Input switch
        {
            ReconciliationInput.Pair => _reconciler.Reconcile(Editions.Pair(_documents.Read(job.Paths[0], cancellationToken), _documents.Read(job.Paths[1], cancellationToken)), cancellationToken),
            ReconciliationInput.Segments => _reconciler.Reconcile(SegmentEditions.From(_segments.Read(job.Paths[0], cancellationToken)), cancellationToken),
            ReconciliationInput.Lines => _reconciler.Reconcile(SegmentEditions.From(_segments.ReadLines(job.Paths[0], job.Paths[1])), cancellationToken),
            _ => _reconciler.Reconcile(EditionSplitter.Split(_documents.Read(job.Paths[0], cancellationToken)), cancellationToken),
        };
    }

    /// <summary>Reconciles the jobs in parallel and yields each result as it finishes (not in the jobs' order).</summary>
    /// <param name="jobs">The jobs.</param>
    /// <param name="maxParallel">How many jobs run at once; the number of cores when 0 or less.</param>
    /// <param name="cancellationToken">Stops the jobs running and starts no new one.</param>
    public async IAsyncEnumerable<BatchResult> RunAsync(IEnumerable<ReconciliationJob> jobs, int maxParallel = 0, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        var results = Channel.CreateUnbounded<BatchResult>();
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = maxParallel > 0 ? maxParallel : Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };
        var run = Task.Run(async () =>
        {
            try
            {
                await Parallel.ForEachAsync(jobs, options, (job, token) =>
                {
                    results.Writer.TryWrite(Run(job, token));
                    return ValueTask.CompletedTask;
                }).ConfigureAwait(false);
                results.Writer.TryComplete();
            }
            catch (Exception e)
            {
                results.Writer.TryComplete(e);
            }
        }, CancellationToken.None);

        await foreach (var result in results.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            yield return result;
        }

        await run.ConfigureAwait(false);
    }

    /// <summary>Reconciles the jobs in parallel; the results in the jobs' order.</summary>
    public async Task<ImmutableArray<BatchResult>> RunAllAsync(IReadOnlyList<ReconciliationJob> jobs, int maxParallel = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        var results = new List<BatchResult>(jobs.Count);
        await foreach (var result in RunAsync(jobs, maxParallel, cancellationToken).ConfigureAwait(false))
        {
            results.Add(result);
        }

        var order = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < jobs.Count; i++)
        {
            order.TryAdd(jobs[i], i);
        }

        return [.. results.OrderBy(r => order.GetValueOrDefault(r.Job))];
    }

    private BatchResult Run(ReconciliationJob job, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var clock = Stopwatch.StartNew();
        try
        {
            return new BatchResult(job, Reconcile(job, cancellationToken), null, clock.Elapsed);
        }
        catch (Exception e) when (e is ExtractException or IOException or UnauthorizedAccessException)
        {
            return new BatchResult(job, null, e, clock.Elapsed);
        }
    }

    // "report.zh.txt" and "report.zh-CN.pdf" are the Chinese edition of "report".
    private static string? EditionName(string path, string language)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var dot = name.LastIndexOf('.');
        if (dot <= 0)
        {
            return null;
        }

        var tag = name[(dot + 1)..];
        return tag.Equals(language, StringComparison.OrdinalIgnoreCase) || tag.StartsWith(language + "-", StringComparison.OrdinalIgnoreCase) ? name[..dot] : null;
    }

    private static bool IsHeaderCell(string cell) =>
        cell.ToLower(CultureInfo.InvariantCulture) is "zh" or "en" or "chinese" or "english" or "path" or "file" or "zh path" or "en path" or "zh_path" or "en_path";
}
