using System.Diagnostics;

namespace Extract.Reading.Pdf.PdfPig;

/// <summary>What one read of a file may still spend: decoded bytes per stream and in all, and time. Filters charge it
/// as they decode; the page loop checks it between pages. A breach of a whole-file limit is remembered, so that it is
/// reported even where PdfPig catches the exception raised for it.</summary>
internal sealed class ReadBudget(PdfLimits limits, CancellationToken cancellationToken)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _decoded;

    // The first damage noted since TakeDamage was last called.
    private string? _damage;

    public PdfLimits Limits { get; } = limits;

    /// <summary>The whole-file limit that was reached, once one has been.</summary>
    public string? Breach { get; private set; }

    /// <summary>Stops when the read was cancelled, took too long, or reached a whole-file limit.</summary>
    public void Check()
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (Breach is null && _clock.Elapsed.TotalSeconds > Limits.MaxReadTimeSeconds)
        {
            Breach = $"reading took longer than {Limits.MaxReadTimeSeconds:N0} s";
        }

        if (Breach is not null)
        {
            throw new PdfLimitException(Breach, wholeFile: true);
        }
    }

    /// <summary>Notes damage PdfPig may hide (it reads a page whose content fails to decode as an empty page).</summary>
    public void NoteDamage(string damage) => _damage ??= damage;

    /// <summary>The first damage noted since the last call, if any; clears it.</summary>
    public string? TakeDamage()
    {
        var damage = _damage;
        _damage = null;
        return damage;
    }

    /// <summary>Counts <paramref name="bytes"/> more decoded bytes of one stream, whose decoded size so far is
    /// <paramref name="streamBytes"/> (these included).</summary>
    public void Charge(long bytes, long streamBytes)
    {
        if (streamBytes > Limits.MaxStreamBytes)
        {
            throw new PdfLimitException($"a stream decompresses to more than {Limits.MaxStreamBytes:N0} bytes", wholeFile: false);
        }

        _decoded += bytes;
        if (_decoded > Limits.MaxDocumentBytes)
        {
            Breach ??= $"the streams decompress to more than {Limits.MaxDocumentBytes:N0} bytes in all";
            throw new PdfLimitException(Breach, wholeFile: true);
        }
    }
}
