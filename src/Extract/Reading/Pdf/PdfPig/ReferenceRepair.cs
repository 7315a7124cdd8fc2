namespace Extract.Reading.Pdf.PdfPig;

/// <summary>Mends, before PdfPig sees the file, the two damages that make PdfPig recurse without end (a stack overflow,
/// which ends the process and cannot be caught): objects that are nothing but a reference, in a cycle or a chain longer
/// than any file needs; and stream lengths given by reference to an object that is not a number (a stream whose length
/// is another stream, and so on). The reference is overwritten in place with <c>null</c> or <c>0</c> (padded with
/// spaces, so no offset moves): the object reads as missing, and the stream's end is found by its <c>endstream</c>.</summary>
internal static class ReferenceRepair
{
    private const int MaxChain = 32;
    private const int MaxDictionaryScan = 4096;

    /// <summary>The content, mended where needed (a copy; the input is never changed), and what was mended.</summary>
    /// <exception cref="PdfLimitException">Arrays or dictionaries outside streams nest deeper than
    /// <paramref name="maxNesting"/>.</exception>
    public static (ReadOnlyMemory<byte> Content, string? Repair) Apply(ReadOnlyMemory<byte> content, int maxNesting)
    {
        var data = content.Span;
        if (Nesting(data) > maxNesting)
        {
            throw new PdfLimitException($"arrays or dictionaries nested deeper than {maxNesting}", wholeFile: true);
        }

        var bareReferences = new Dictionary<int, (int Target, int Start, int Length)>();
        var integers = new HashSet<int>();
        var objects = new HashSet<int>();
        var lengths = new List<(int Target, int Start, int Length)>();
        var patches = new List<(int Start, int Length, string Text)>();
        var repairs = new List<string>();
        for (var at = data.IndexOf("obj"u8); at >= 0;)
        {
            if (ObjectNumber(data, at) is { } number && at + 3 < data.Length && PdfSyntax.IsEnd(data[at + 3]))
            {
                objects.Add(number);
                var body = SkipWhite(data, at + 3);
                if (Reference(data, body) is { } reference && Starts(data, SkipWhite(data, reference.End), "endobj"u8))
                {
                    bareReferences[number] = (reference.Target, body, reference.End - body);
                }
                else if (Integer(data, body) is { } end && Starts(data, SkipWhite(data, end), "endobj"u8))
                {
                    integers.Add(number);
                }
                else
                {
                    FindLength(data, body, lengths, patches);
                }
            }

            var next = data[(at + 3)..].IndexOf("obj"u8);
            at = next < 0 ? -1 : at + 3 + next;
        }

        if (patches.Count > 0)
        {
            repairs.Add($"{patches.Count} stream length(s) corrected from where the streams end");
        }

        foreach (var (number, reference) in bareReferences)
        {
            var seen = new HashSet<int> { number };
            var target = reference.Target;
            while (bareReferences.TryGetValue(target, out var next) && seen.Count <= MaxChain && seen.Add(target))
            {
                target = next.Target;
            }

            if (seen.Contains(target) || seen.Count > MaxChain)
            {
                patches.Add((reference.Start, reference.Length, "null"));
                repairs.Add($"object {number} is a reference in a cycle or a chain of more than {MaxChain}");
            }
        }

        foreach (var (target, start, length) in lengths)
        {
            var resolved = target;
            for (var hops = 0; hops < MaxChain && bareReferences.TryGetValue(resolved, out var next); hops++)
            {
                resolved = next.Target;
            }

            if (!integers.Contains(resolved) && objects.Contains(resolved))
            {
                patches.Add((start, length, "0"));
                repairs.Add($"a stream's length refers to object {target}, which is not a number (a chain of streams?)");
            }
        }

        if (patches.Count == 0)
        {
            return (content, null);
        }

        var copy = content.ToArray();
        foreach (var (start, length, text) in patches)
        {
            for (var i = 0; i < length; i++)
            {
                copy[start + i] = i < text.Length ? (byte)text[i] : (byte)' ';
            }
        }

        var described = repairs.Count == 1 ? repairs[0] : $"{repairs[0]} (and {repairs.Count - 1} more references)";
        return (copy, "the file was mended: " + described);
    }

    private static void FindLength(ReadOnlySpan<byte> data, int body, List<(int, int, int)> lengths, List<(int, int, string)> patches)
    {
        if (body >= data.Length || data[body] != '<')
        {
            return;
        }

        var window = data[body..Math.Min(data.Length, body + MaxDictionaryScan)];
        var stop = window.IndexOf("stream"u8);
        var objectEnd = window.IndexOf("endobj"u8);
        if (stop < 0 || (objectEnd >= 0 && objectEnd < stop))
        {
            return;
        }

        var at = window[..stop].IndexOf("/Length"u8);
        if (at < 0 || at + 7 >= stop || !PdfSyntax.IsEnd(window[at + 7]))
        {
            return;
        }

        var start = SkipWhite(data, body + at + 7);
        if (Reference(data, start) is { } reference)
        {
            lengths.Add((reference.Target, start, reference.End - start));
        }
        else if (Integer(data, start) is { } end && end - start <= 9 && data[start] != '-' && data[start] != '+')
        {
            CheckLength(data, start, end, body + stop + 6, patches);
        }
    }

    // A length that does not end at "endstream" is corrected to where the next "endstream" is, when the correct
    // length has no more digits than the one written (so that nothing moves).
    private static void CheckLength(ReadOnlySpan<byte> data, int start, int end, int keyword, List<(int, int, string)> patches)
    {
        var dataStart = keyword;
        if (dataStart < data.Length && data[dataStart] == '\r')
        {
            dataStart++;
        }

        if (dataStart < data.Length && data[dataStart] == '\n')
        {
            dataStart++;
        }

        var written = 0L;
        foreach (var d in data[start..end])
        {
            written = (written * 10) + (d - '0');
        }

        var after = dataStart + written;
        if (after <= data.Length && Starts(data, SkipWhite(data, (int)after), "endstream"u8))
        {
            return;
        }

        var found = data[dataStart..].IndexOf("endstream"u8);
        if (found < 0)
        {
            return;
        }

        var length = found;
        if (length > 0 && data[dataStart + length - 1] == '\n')
        {
            length--;
        }

        if (length > 0 && data[dataStart + length - 1] == '\r')
        {
            length--;
        }

        var text = length.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (text.Length <= end - start)
        {
            patches.Add((start, end - start, text));
        }
    }

    // How deep arrays and dictionaries nest outside streams and strings.
    private static int Nesting(ReadOnlySpan<byte> data)
    {
        int depth = 0, max = 0;
        for (var i = 0; i < data.Length; i++)
        {
            switch (data[i])
            {
                case (byte)'[':
                    max = Math.Max(max, ++depth);
                    break;
                case (byte)'<' when i + 1 < data.Length && data[i + 1] == '<':
                    max = Math.Max(max, ++depth);
                    i++;
                    break;
                case (byte)']':
                    depth = Math.Max(0, depth - 1);
                    break;
                case (byte)'>' when i + 1 < data.Length && data[i + 1] == '>':
                    depth = Math.Max(0, depth - 1);
                    i++;
                    break;
                case (byte)'(':
                    i = PdfSyntax.StringEnd(data, i);
                    break;
                case (byte)'s' when data[i..].StartsWith("stream"u8) && (i == 0 || PdfSyntax.IsWhite(data[i - 1]) || data[i - 1] == '>'):
                    var end = data[i..].IndexOf("endstream"u8);
                    if (end < 0)
                    {
                        return max;
                    }

                    i += end + 8;
                    depth = 0;
                    break;
            }
        }

        return max;
    }

    // "N G" before the "obj" at `at`.
    private static int? ObjectNumber(ReadOnlySpan<byte> data, int at)
    {
        var p = at - 1;
        if (p < 0 || !PdfSyntax.IsWhite(data[p]))
        {
            return null;
        }

        while (p >= 0 && PdfSyntax.IsWhite(data[p]))
        {
            p--;
        }

        var genEnd = p;
        while (p >= 0 && char.IsAsciiDigit((char)data[p]))
        {
            p--;
        }

        if (p == genEnd || p < 0 || !PdfSyntax.IsWhite(data[p]))
        {
            return null;
        }

        while (p >= 0 && PdfSyntax.IsWhite(data[p]))
        {
            p--;
        }

        var numberEnd = p;
        var value = 0L;
        var scale = 1L;
        while (p >= 0 && char.IsAsciiDigit((char)data[p]) && numberEnd - p < 10)
        {
            value += (data[p] - '0') * scale;
            scale *= 10;
            p--;
        }

        return p == numberEnd || value > int.MaxValue || (p >= 0 && !PdfSyntax.IsWhite(data[p]) && !PdfSyntax.IsDelimiter(data[p])) ? null : (int)value;
    }

    // "A B R" at `at`.
    private static (int Target, int End)? Reference(ReadOnlySpan<byte> data, int at)
    {
        if (Integer(data, at) is not { } numberEnd || numberEnd >= data.Length || !PdfSyntax.IsWhite(data[numberEnd]))
        {
            return null;
        }

        var genStart = SkipWhite(data, numberEnd);
        if (Integer(data, genStart) is not { } genEnd)
        {
            return null;
        }

        var r = SkipWhite(data, genEnd);
        if (r >= data.Length || data[r] != 'R' || (r + 1 < data.Length && !PdfSyntax.IsEnd(data[r + 1])))
        {
            return null;
        }

        var digits = data[at..numberEnd];
        if (digits.Length > 9 || digits.IndexOfAnyExceptInRange((byte)'0', (byte)'9') >= 0)
        {
            return null;
        }

        var target = 0;
        foreach (var d in digits)
        {
            target = (target * 10) + (d - '0');
        }

        return (target, r + 1);
    }

    private static int? Integer(ReadOnlySpan<byte> data, int at)
    {
        var p = at;
        if (p < data.Length && data[p] is (byte)'+' or (byte)'-')
        {
            p++;
        }

        var start = p;
        while (p < data.Length && char.IsAsciiDigit((char)data[p]))
        {
            p++;
        }

        return p > start ? p : null;
    }

    private static int SkipWhite(ReadOnlySpan<byte> data, int at)
    {
        while (at < data.Length && PdfSyntax.IsWhite(data[at]))
        {
            at++;
        }

        return at;
    }

    private static bool Starts(ReadOnlySpan<byte> data, int at, ReadOnlySpan<byte> word) => at <= data.Length && data[at..].StartsWith(word);

}
