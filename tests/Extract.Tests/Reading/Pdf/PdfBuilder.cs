using System.IO.Compression;
using System.Text;

namespace Extract.Tests.Reading.Pdf;

/// <summary>Writes small PDF files for tests: numbered objects, a classic xref table and a trailer, with switches to
/// plant specific damage.</summary>
internal sealed class PdfBuilder
{
    private readonly List<(int Number, byte[] Body)> _objects = [];

    /// <summary>Adds object <paramref name="number"/> with the given body (what goes between <c>obj</c> and <c>endobj</c>).</summary>
    public PdfBuilder Object(int number, string body)
    {
        _objects.Add((number, Encoding.Latin1.GetBytes(body)));
        return this;
    }

    /// <summary>Adds a stream object; <paramref name="flate"/> compresses the data.</summary>
    public PdfBuilder Stream(int number, string dictionaryEntries, byte[] data, bool flate = false)
    {
        if (flate)
        {
            data = Deflate(data);
            dictionaryEntries += " /Filter /FlateDecode";
        }

        var head = Encoding.Latin1.GetBytes($"<< {dictionaryEntries} /Length {data.Length} >>\nstream\n");
        var tail = Encoding.Latin1.GetBytes("\nendstream");
        _objects.Add((number, [.. head, .. data, .. tail]));
        return this;
    }

    /// <summary>Compresses <paramref name="data"/> as FlateDecode does.</summary>
    public static byte[] Deflate(byte[] data)
    {
        using var buffer = new MemoryStream();
        using (var z = new ZLibStream(buffer, CompressionLevel.Optimal))
        {
            z.Write(data);
        }

        return buffer.ToArray();
    }

    /// <summary>A one-page document drawing <paramref name="text"/> in Helvetica at 12 points per line.</summary>
    public static PdfBuilder WithText(params string[] lines)
    {
        var content = new StringBuilder("BT /F1 12 Tf 72 720 Td 14 TL\n");
        foreach (var line in lines)
        {
            content.Append('(').Append(line.Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal)).Append(") Tj T*\n");
        }

        content.Append("ET");
        return new PdfBuilder()
            .Object(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
            .Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>")
            .Object(4, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
            .Stream(5, string.Empty, Encoding.Latin1.GetBytes(content.ToString()), flate: true);
    }

    /// <summary>The file's bytes.</summary>
    /// <param name="startxrefShift">Added to the true offset written after <c>startxref</c> (0: correct).</param>
    /// <param name="offsetShift">Added to every offset in the xref table (0: correct).</param>
    /// <param name="trailerEntries">More trailer entries (<c>/Encrypt</c>, <c>/ID</c>).</param>
    public byte[] Build(long startxrefShift = 0, int offsetShift = 0, string trailerEntries = "")
    {
        using var output = new MemoryStream();
        void Write(string s) => output.Write(Encoding.Latin1.GetBytes(s));
        Write("%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n");
        var offsets = new SortedDictionary<int, long>();
        foreach (var (number, body) in _objects)
        {
            offsets[number] = output.Position;
            Write($"{number} 0 obj\n");
            output.Write(body);
            Write("\nendobj\n");
        }

        var xref = output.Position;
        var size = offsets.Count == 0 ? 1 : offsets.Keys.Max() + 1;
        Write($"xref\n0 {size}\n0000000000 65535 f \n");
        for (var n = 1; n < size; n++)
        {
            Write(offsets.TryGetValue(n, out var at) ? $"{at + offsetShift:D10} 00000 n \n" : "0000000000 65535 f \n");
        }

        Write($"trailer\n<< /Size {size} /Root 1 0 R {trailerEntries}>>\nstartxref\n{xref + startxrefShift}\n%%EOF\n");
        return output.ToArray();
    }

    /// <summary>A one-page document drawing <paramref name="codes"/> (hexadecimal, two bytes a character) in a Chinese
    /// CID font that is not embedded and has no ToUnicode map: how official Chinese PDFs made with Adobe's or older
    /// Office tools set text in STSong-Light or SimSun.</summary>
    /// <param name="encoding">The CMap: <c>UniGB-UCS2-H</c> (codes are UCS-2), <c>Identity-H</c> (codes are CIDs)...</param>
    /// <param name="baseFont">The font's name.</param>
    /// <param name="ordering">The character collection of the CIDs: <c>GB1</c> (Adobe-GB1), or <c>Identity</c>.</param>
    /// <param name="codes">The codes shown, as hexadecimal digits.</param>
    public static PdfBuilder ChineseCidFont(string encoding, string baseFont, string ordering, string codes) => new PdfBuilder()
        .Object(1, "<< /Type /Catalog /Pages 2 0 R >>")
        .Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
        .Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>")
        .Object(4, $"<< /Type /Font /Subtype /Type0 /BaseFont /{baseFont} /Encoding /{encoding} /DescendantFonts [6 0 R] >>")
        .Stream(5, string.Empty, Encoding.ASCII.GetBytes($"BT /F1 12 Tf 72 720 Td <{codes}> Tj ET"))
        .Object(6, $"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /{baseFont} /CIDSystemInfo << /Registry (Adobe) /Ordering ({ordering}) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 /W [1 95 500] >>")
        .Object(7, $"<< /Type /FontDescriptor /FontName /{baseFont} /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>");
}
