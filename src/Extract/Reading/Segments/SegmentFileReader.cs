using System.Collections.Immutable;
using System.Globalization;
using Extract.Documents;
using Extract.Reading.Text;

namespace Extract.Reading.Segments;

/// <summary>Reads a translator's bilingual file (XLIFF 1.2 and 2.x, TMX, a two-column table) or two line-aligned
/// text files into a <see cref="SegmentFile"/>, finding the format from the content.</summary>
/// <example>
/// <code>
/// var file = new SegmentFileReader().Read("chapter-1.sdlxliff");
/// var report = new Reconciler().Reconcile(SegmentEditions.From(file));
/// </code>
/// </example>
public sealed class SegmentFileReader
{
    private const int SniffLength = 1024;

    /// <summary>Creates a reader.</summary>
    /// <param name="options">The options; <see cref="SegmentReaderOptions.Default"/> when <see langword="null"/>.</param>
    public SegmentFileReader(SegmentReaderOptions? options = null)
    {
        Options = options ?? SegmentReaderOptions.Default;
    }

    /// <summary>The options in force.</summary>
    public SegmentReaderOptions Options { get; }

    /// <summary>Whether the file at <paramref name="path"/> is a file of segments this reader's formats recognize.</summary>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public bool CanRead(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        var head = new byte[SniffLength * 4];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        string text;
        try
        {
            text = TextDecoder.Decode(head.AsSpan(0, read), path).Text;
        }
        catch (ExtractException)
        {
            // A head cut inside a character, or binary data: judge by the longest prefix that decodes.
            text = System.Text.Encoding.UTF8.GetString(head, 0, read);
        }

        return Format(text.AsSpan(0, Math.Min(text.Length, SniffLength)), path) is not null;
    }

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <exception cref="ExtractException">The file is not a file of segments, or is malformed; the exception names
    /// the file and the place.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public SegmentFile Read(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Read(ReadBytes(path), path, cancellationToken);
    }

    /// <summary>Reads the file at <paramref name="path"/> asynchronously.</summary>
    /// <exception cref="ExtractException">The file is not a file of segments, or is malformed.</exception>
    public async Task<SegmentFile> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var content = await ReadBytesAsync(path, cancellationToken).ConfigureAwait(false);
        return await Task.Run(() => Read(content, path, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads content already in memory.</summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="sourceName">The name to report the file and its errors under; its extension is a hint.</param>
    /// <param name="cancellationToken">Cancels a long read.</param>
    /// <exception cref="ExtractException">The content is not a file of segments, or is malformed.</exception>
    public SegmentFile Read(ReadOnlyMemory<byte> content, string sourceName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        CheckSize(content.Length, sourceName);
        var text = TextDecoder.Decode(content.Span, sourceName).Text;
        var format = Format(text.AsSpan(0, Math.Min(text.Length, SniffLength)), sourceName)
                     ?? throw new UnsupportedFormatException(sourceName, "the content is not XLIFF, TMX or a table of segments");
        return TimeBudget.Run(Options.TimeLimit, sourceName, "reading", cancellationToken, token => format.Read(text, sourceName, Options, token));
    }

    /// <summary>Reads two text files line by line: line <em>i</em> of one translates line <em>i</em> of the other.
    /// Each file's language is told from its text; the first file is the source.</summary>
    /// <exception cref="ExtractException">A file cannot be read, both are in one language, or their line counts
    /// differ.</exception>
    public SegmentFile ReadLines(string firstPath, string secondPath)
    {
        ArgumentNullException.ThrowIfNull(firstPath);
        ArgumentNullException.ThrowIfNull(secondPath);
        return ReadLines(ReadBytes(firstPath), firstPath, ReadBytes(secondPath), secondPath);
    }

    /// <summary>Reads two line-aligned text files asynchronously.</summary>
    /// <exception cref="ExtractException">A file cannot be read, both are in one language, or their line counts differ.</exception>
    public async Task<SegmentFile> ReadLinesAsync(string firstPath, string secondPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(firstPath);
        ArgumentNullException.ThrowIfNull(secondPath);
        var first = await ReadBytesAsync(firstPath, cancellationToken).ConfigureAwait(false);
        var second = await ReadBytesAsync(secondPath, cancellationToken).ConfigureAwait(false);
        return await Task.Run(() => ReadLines(first, firstPath, second, secondPath), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads two line-aligned texts already in memory.</summary>
    /// <exception cref="ExtractException">A text cannot be read, both are in one language, or their line counts differ.</exception>
    public SegmentFile ReadLines(ReadOnlyMemory<byte> first, string firstName, ReadOnlyMemory<byte> second, string secondName)
    {
        ArgumentNullException.ThrowIfNull(firstName);
        ArgumentNullException.ThrowIfNull(secondName);
        CheckSize(first.Length, firstName);
        CheckSize(second.Length, secondName);
        var firstLines = Lines(TextDecoder.Decode(first.Span, firstName).Text);
        var secondLines = Lines(TextDecoder.Decode(second.Span, secondName).Text);
        if (firstLines.Count != secondLines.Count)
        {
            var (longer, shorter) = firstLines.Count > secondLines.Count ? (firstName, secondName) : (secondName, firstName);
            throw new MalformedSegmentFileException(longer, Math.Min(firstLines.Count, secondLines.Count) + 1, 0, $"the file has {Math.Max(firstLines.Count, secondLines.Count):N0} lines where {shorter} has {Math.Min(firstLines.Count, secondLines.Count):N0}: line-aligned files must have one line for each line");
        }

        var (firstLanguage, secondLanguage) = (LanguageOf(firstLines), LanguageOf(secondLines));
        if (firstLanguage == secondLanguage || firstLanguage == Language.Neutral || secondLanguage == Language.Neutral)
        {
            throw new SameLanguageException(firstName, secondName, firstLanguage == Language.Neutral ? secondLanguage : firstLanguage);
        }

        var segments = ImmutableArray.CreateBuilder<SegmentPair>(firstLines.Count);
        for (var i = 0; i < firstLines.Count; i++)
        {
            if (firstLines[i].Length > Options.MaxSegmentCharacters || secondLines[i].Length > Options.MaxSegmentCharacters)
            {
                throw new SegmentLimitException(firstLines[i].Length > Options.MaxSegmentCharacters ? firstName : secondName, i + 1, $"a line is longer than the limit of {Options.MaxSegmentCharacters:N0} characters");
            }

            if (firstLines[i].Trim().Length == 0 && secondLines[i].Trim().Length == 0)
            {
                continue;
            }

            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            segments.Add(SegmentPairs.Create(number, firstLines[i], secondLines[i], firstLanguage, i + 1));
        }

        var tag = (Language language) => language == Language.Chinese ? "zh" : "en";
        return new SegmentFile(firstName, SegmentFormat.Lines, firstLanguage, tag(firstLanguage), tag(secondLanguage), segments.ToImmutable()) { SecondPath = secondName };
    }

    private ISegmentFormatReader? Format(ReadOnlySpan<char> head, string sourceName)
    {
        foreach (var format in Options.Formats)
        {
            if (format.CanRead(head, sourceName))
            {
                return format;
            }
        }

        return null;
    }

    private static List<string> Lines(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n').ToList();
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    private static Language LanguageOf(List<string> lines)
    {
        long han = 0, latin = 0;
        foreach (var line in lines)
        {
            var (h, l) = LanguageDetector.CountScripts(line);
            (han, latin) = (han + h, latin + l);
        }

        return LanguageDetector.FromCounts((int)Math.Min(int.MaxValue, han), (int)Math.Min(int.MaxValue, latin));
    }

    private void CheckSize(long length, string sourceName)
    {
        if (length > Options.MaxInputBytes)
        {
            throw new DocumentTooLargeException(sourceName, length, Options.MaxInputBytes);
        }
    }

    private byte[] ReadBytes(string path)
    {
        using var stream = UnreadableFileException.Open(path, Options.MaxInputBytes);
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    private async Task<byte[]> ReadBytesAsync(string path, CancellationToken cancellationToken)
    {
        var stream = UnreadableFileException.Open(path, Options.MaxInputBytes, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            var bytes = new byte[stream.Length];
            await stream.ReadExactlyAsync(bytes, cancellationToken).ConfigureAwait(false);
            return bytes;
        }
    }
}
