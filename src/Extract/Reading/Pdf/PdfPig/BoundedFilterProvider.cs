using System.Buffers;
using System.IO.Compression;
using System.Runtime.InteropServices;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Extract.Reading.Pdf.PdfPig;

/// <summary>PdfPig's filters under a <see cref="ReadBudget"/>. PdfPig inflates a Flate stream whole, however large
/// it becomes: here Flate data without a predictor is inflated in bounded steps, and stops at the limit, so that a
/// decompression bomb costs no more memory than the limit; the other filters (whose output is at most a small multiple
/// of their input, or image data not decoded for text) have their output charged once decoded.</summary>
internal sealed class BoundedFilterProvider : BaseFilterProvider
{
    /// <param name="budget">What decoding may spend.</param>
    /// <param name="recent">Streams inflated lately, shared with another provider reading the same document.</param>
    public BoundedFilterProvider(ReadBudget budget, DecodedStreams? recent = null)
        : base(Wrap(budget, recent ?? new DecodedStreams()))
    {
    }

    private static Dictionary<string, IFilter> Wrap(ReadBudget budget, DecodedStreams recent)
    {
        var filters = new Dictionary<string, IFilter>(StringComparer.Ordinal);
        foreach (var name in new[]
        {
            "ASCII85Decode", "A85", "ASCIIHexDecode", "AHx", "CCITTFaxDecode", "CCF", "DCTDecode", "DCT", "FlateDecode", "Fl",
            "JBIG2Decode", "JPXDecode", "LZWDecode", "LZW", "RunLengthDecode", "RL",
        })
        {
            var inner = DefaultFilterProvider.Instance.GetNamedFilters([NameToken.Create(name)]);
            if (inner.Count == 1)
            {
                filters[name] = name is "FlateDecode" or "Fl" ? new BoundedFlate(name, inner[0], budget, recent) : new Charged(name, inner[0], budget);
            }
        }

        return filters;
    }

    // A stream that fails to decode is noted in the filter's own terms (PdfPig's exception says only where it failed);
    // where PdfPig catches the failure and reads the page as blank, the note is what tells that the page was not read.
    private static Memory<byte> Decoded(string name, IFilter filter, Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex, ReadBudget budget)
    {
        try
        {
            return filter.Decode(input, streamDictionary, filterProvider, filterIndex);
        }
        catch (Exception e) when (e is not PdfLimitException and not OperationCanceledException and not OutOfMemoryException)
        {
            var parameters = DecodeParameterResolver.GetFilterParameters(streamDictionary, filterIndex);
            var described = parameters.Data.Count == 0 ? string.Empty : " with " + parameters;
            budget.NoteDamage($"a stream cannot be decoded: /{name}{described} fails ({e.Message})");
            throw;
        }
    }

    private sealed class Charged(string name, IFilter inner, ReadBudget budget) : IFilter
    {
        public bool IsSupported => inner.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            budget.Check();
            var output = Decoded(name, inner, input, streamDictionary, filterProvider, filterIndex, budget);
            budget.Charge(output.Length, output.Length);
            CMapGuard.Check(output.Span, budget.Limits.MaxCharacterMapCodes);
            TrueTypeGuard.Check(output.Span);
            return output;
        }
    }

    private sealed class BoundedFlate(string name, IFilter inner, ReadBudget budget, DecodedStreams recent) : IFilter
    {
        public bool IsSupported => inner.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            budget.Check();
            var parameters = DecodeParameterResolver.GetFilterParameters(streamDictionary, filterIndex);
            var predictor = parameters.Data.TryGetValue(NameToken.Predictor.Data, out var p) && p is NumericToken n ? n.Int : 1;
            if (predictor <= 1 && recent.TryGet(input, out var known))
            {
                // Inflated (and checked) by the other reader of the document: charged here as if inflated again.
                budget.Charge(known.Length, known.Length);
                return known;
            }

            var (inflated, complete) = Inflate(input);
            if (predictor <= 1 && complete)
            {
                CMapGuard.Check(inflated.Span, budget.Limits.MaxCharacterMapCodes);
                TrueTypeGuard.Check(inflated.Span);
                recent.Add(input, inflated);
                return inflated;
            }

            // Predictors, and data PdfPig may still make sense of: its own filter, now that the size is known to be bounded.
            var decoded = Decoded(name, inner, input, streamDictionary, filterProvider, filterIndex, budget);
            CMapGuard.Check(decoded.Span, budget.Limits.MaxCharacterMapCodes);
            TrueTypeGuard.Check(decoded.Span);
            return decoded;
        }

        // The zlib header is skipped (as PdfPig does: many files get it wrong); damaged data ends the output early.
        private (Memory<byte> Data, bool Complete) Inflate(Memory<byte> input)
        {
            if (input.Length < 2)
            {
                return (Memory<byte>.Empty, false);
            }

            var data = input[2..];
            using var source = MemoryMarshal.TryGetArray<byte>(data, out var segment)
                ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
                : new MemoryStream(data.ToArray(), writable: false);
            using var deflate = new DeflateStream(source, CompressionMode.Decompress);
            var output = new MemoryStream(Math.Min(input.Length * 4, 1 << 20));
            var buffer = ArrayPool<byte>.Shared.Rent(81920);
            try
            {
                int read;
                while ((read = deflate.Read(buffer, 0, buffer.Length)) > 0)
                {
                    output.Write(buffer, 0, read);
                    budget.Charge(read, output.Length);
                }
            }
            catch (InvalidDataException)
            {
                return (output.GetBuffer().AsMemory(0, (int)output.Length), false);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }

            return (output.GetBuffer().AsMemory(0, (int)output.Length), true);
        }
    }
}
