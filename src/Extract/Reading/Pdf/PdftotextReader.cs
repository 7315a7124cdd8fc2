using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Extract.Documents;
using Extract.Reading.Pdf.Layout;

namespace Extract.Reading.Pdf;

/// <summary>Reads PDF text through poppler's <c>pdftotext</c>, run as a separate process: a second backend beside the
/// managed <see cref="PdfReader"/>, and an oracle to compare it with. Page numbers and lines repeated at the top or
/// foot of most pages (running headers) are left out, as the managed reader does.</summary>
public sealed class PdftotextReader : IDocumentFormatReader
{
    /// <summary>Creates a reader.</summary>
    /// <param name="options">The PDF options (password, program path); <see cref="PdfReaderOptions.Default"/> when <see langword="null"/>.</param>
    public PdftotextReader(PdfReaderOptions? options = null)
    {
        Options = options ?? PdfReaderOptions.Default;
    }

    /// <summary>The PDF options in force.</summary>
    public PdfReaderOptions Options { get; }

    /// <inheritdoc/>
    public DocumentFormat Format => DocumentFormat.Pdf;

    /// <inheritdoc/>
    public bool CanRead(ReadOnlySpan<byte> head, string sourcePath) => PdfReader.LooksLikePdf(head);

    /// <inheritdoc/>
    /// <exception cref="PdfToolException"><c>pdftotext</c> is missing, fails or takes too long.</exception>
    /// <exception cref="PasswordRequiredException">The file needs a password that was not given, or the one given is wrong.</exception>
    /// <exception cref="NoTextLayerException"><c>pdftotext</c> found no text.</exception>
    /// <exception cref="UnusableTextLayerException">The fonts' dictionaries say the text cannot be decoded (where
    /// <c>pdftotext</c> prints plausible-looking garbage and succeeds).</exception>
    public Document Read(ReadOnlyMemory<byte> content, string sourcePath, ReaderOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sourcePath);
        ArgumentNullException.ThrowIfNull(options);
        var password = Options.PasswordFor(options);
        var text = Extract(content, sourcePath, password, cancellationToken);
        var pages = text.Split('\f');
        if (text.All(c => char.IsWhiteSpace(c)))
        {
            throw new NoTextLayerException(sourcePath, Math.Max(1, pages.Length - 1));
        }

        CheckTextLayer(content, sourcePath, password, cancellationToken);

        return Compose(pages, sourcePath);
    }

    // The text layer is judged as the managed reader judges it, from the fonts' dictionaries and the letters; where
    // the managed reader cannot read the file at all, pdftotext's text is taken as it is.
    private void CheckTextLayer(ReadOnlyMemory<byte> content, string sourcePath, string? password, CancellationToken cancellationToken)
    {
        try
        {
            new PdfReader(Options).ReadPages(content, sourcePath, password, cancellationToken);
        }
        catch (ExtractException e) when (e is not UnusableTextLayerException)
        {
        }
    }

    /// <summary>Runs <c>pdftotext</c> and returns its output (pages end with a form feed).</summary>
    internal string Extract(ReadOnlyMemory<byte> content, string sourcePath, CancellationToken cancellationToken) =>
        Extract(content, sourcePath, Options.Password, cancellationToken);

    private string Extract(ReadOnlyMemory<byte> content, string sourcePath, string? password, CancellationToken cancellationToken)
    {
        var input = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(input, content.ToArray());
            var start = new ProcessStartInfo(Options.PdftotextPath)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
            };
            start.ArgumentList.Add("-enc");
            start.ArgumentList.Add("UTF-8");
            if (!string.IsNullOrEmpty(password))
            {
                start.ArgumentList.Add("-upw");
                start.ArgumentList.Add(password);
            }

            start.ArgumentList.Add(input);
            start.ArgumentList.Add("-");
            using var process = StartProcess(start, sourcePath);
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Options.PdftotextTimeout);
            try
            {
                process.WaitForExitAsync(timeout.Token).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                cancellationToken.ThrowIfCancellationRequested();
                throw new PdfToolException(sourcePath, $"pdftotext took longer than {Options.PdftotextTimeout.TotalSeconds:N0} s");
            }

            var stderr = error.GetAwaiter().GetResult();
            if (process.ExitCode != 0)
            {
                if (stderr.Contains("password", StringComparison.OrdinalIgnoreCase))
                {
                    throw new PasswordRequiredException(sourcePath, passwordGiven: !string.IsNullOrEmpty(password));
                }

                throw new PdfToolException(sourcePath, $"pdftotext failed (exit code {process.ExitCode}): {stderr.Trim()}");
            }

            return output.GetAwaiter().GetResult();
        }
        finally
        {
            File.Delete(input);
        }
    }

    private Process StartProcess(ProcessStartInfo start, string sourcePath)
    {
        try
        {
            return Process.Start(start) ?? throw new PdfToolException(sourcePath, $"{Options.PdftotextPath} could not be started");
        }
        catch (Win32Exception e)
        {
            throw new PdfToolException(sourcePath, $"{Options.PdftotextPath} was not found (install poppler-utils, or set its path in the PDF reader's options)", e);
        }
    }

    // Blocks are separated by blank lines in pdftotext's output; page numbers, and lines that open many pages after the
    // first (the cover has no running header), are running lines.
    private static Document Compose(string[] pages, string sourcePath)
    {
        var source = string.Join('\f', pages);
        var builder = new DocumentBuilder(sourcePath, DocumentFormat.Pdf, source, joinPageFragments: true);
        var firstLines = pages.Select(p => FirstLine(p)).Where(l => l.Length > 0).GroupBy(l => l).ToDictionary(g => g.Key, g => g.Count());
        var offset = 0;
        for (var p = 0; p < pages.Length; p++)
        {
            var block = new List<SourceLine>();
            var lineOffset = offset;
            foreach (var raw in pages[p].Split('\n'))
            {
                var line = raw.TrimEnd('\r');
                var trimmed = line.Trim();
                var running = RunningLines.IsPageNumber(trimmed) || (p > 0 && firstLines.GetValueOrDefault(trimmed) >= Math.Max(2, pages.Length / 3));
                if (trimmed.Length == 0 || running)
                {
                    if (block.Count > 0)
                    {
                        builder.AddBlock(block, page: p + 1);
                        block = [];
                    }
                }
                else
                {
                    block.Add(new SourceLine(line, lineOffset));
                }

                lineOffset += raw.Length + 1;
            }

            if (block.Count > 0)
            {
                builder.AddBlock(block, page: p + 1);
            }

            offset += pages[p].Length + 1;
        }

        return builder.Build();
    }

    private static string FirstLine(string page)
    {
        foreach (var line in page.Split('\n'))
        {
            if (line.Trim().Length > 0)
            {
                return line.Trim();
            }
        }

        return string.Empty;
    }
}
