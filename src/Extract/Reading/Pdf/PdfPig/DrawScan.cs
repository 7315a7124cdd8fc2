using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Extract.Reading.Pdf.PdfPig;

/// <summary>Measures, before PdfPig interprets a page, how much its content makes the interpreter do: the content
/// bytes, the bytes of text shown, the form XObjects drawn, each form counted every time it is drawn, and the work of
/// recovering from damaged operators. PdfPig
/// expands every draw of a form into letters held in memory, so a few forms drawing each other a hundred times over
/// (a file of a kilobyte) would cost minutes and gigabytes before a page's letters came back; a page over the limits
/// is not read instead.</summary>
/// <remarks>The content is scanned as tokens (strings, names, operators), not interpreted; the cost of each form is
/// worked out once per document.</remarks>
internal sealed class DrawScan
{
    private const int MaxTreeNodes = 1_000_000;

    private readonly PdfDocument _document;
    private readonly ObjectLookup _lookup;
    private readonly IFilterProvider _filters;
    private readonly PdfLimits _limits;
    private readonly List<DictionaryToken>? _pages;
    private readonly Dictionary<IndirectReference, Cost> _forms = [];
    private readonly List<IndirectReference> _drawing = [];

    public DrawScan(PdfDocument document, IFilterProvider filters, PdfLimits limits)
    {
        _document = document;
        _lookup = new ObjectLookup(document);
        _filters = filters;
        _limits = limits;
        _pages = PageDictionaries();
    }

    /// <summary>Why page <paramref name="number"/> must not be interpreted, or <see langword="null"/> when it may be
    /// (or its content cannot be found here: PdfPig then reads it, or fails on it, as it would have).</summary>
    public string? Refusal(int number)
    {
        if (_pages is null || number < 1 || number > _pages.Count)
        {
            return null;
        }

        try
        {
            var page = _pages[number - 1];
            var resources = _lookup.Entry(page, "Resources") as DictionaryToken;
            var cost = Cost.None;
            switch (_lookup.Entry(page, "Contents"))
            {
                case StreamToken stream:
                    cost = Of(stream, resources);
                    break;
                case ArrayToken parts:
                    foreach (var part in parts.Data)
                    {
                        if (_lookup.Resolve(part) is StreamToken s)
                        {
                            cost = cost.Add(Of(s, resources));
                            if (Over(cost) is not null)
                            {
                                break;
                            }
                        }
                    }

                    break;
            }

            return Over(cost);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException and not PdfLimitException)
        {
            // Content this scan cannot decode is PdfPig's to read or to fail on, and to say why.
            return null;
        }
    }

    private string? Over(Cost cost) =>
        cost.Cyclic ? "its form XObjects draw each other in a cycle"
        : cost.Draws > _limits.MaxFormDraws ? $"its form XObjects are drawn more than {_limits.MaxFormDraws:N0} times"
        : cost.TextBytes > _limits.MaxPageTextBytes ? $"it shows more than {_limits.MaxPageTextBytes:N0} bytes of text, its form XObjects counted each time they are drawn"
        : cost.ContentBytes > _limits.MaxDocumentBytes ? $"its content, form XObjects counted each time they are drawn, is more than {_limits.MaxDocumentBytes:N0} bytes"
        : cost.RecoverySteps > _limits.MaxContentRecoverySteps ? $"its content is damaged: so many of its operators cannot be read that recovering from them would take more than {_limits.MaxContentRecoverySteps:N0} steps"
        : null;

    private Cost Of(StreamToken stream, DictionaryToken? resources)
    {
        var content = stream.Decode(_filters).Span;
        var (textBytes, draws, recovery) = ContentTokens.Scan(content);
        var cost = new Cost(content.Length, textBytes, 0, recovery);
        var xobjects = resources is null ? null : _lookup.Entry(resources, "XObject") as DictionaryToken;
        foreach (var (name, count) in draws)
        {
            if (xobjects is null || ObjectLookup.Get(xobjects, name) is not IndirectReferenceToken reference)
            {
                continue;
            }

            cost = cost.Add(FormCost(reference.Data, resources).Times(count)).Add(new Cost(0, 0, count, 0));
            if (Over(cost) is not null)
            {
                return cost;
            }
        }

        return cost;
    }

    // A form without resources of its own takes those of what draws it; its cost is then not kept, as it may differ.
    private Cost FormCost(IndirectReference reference, DictionaryToken? inherited)
    {
        if (_forms.TryGetValue(reference, out var known))
        {
            return known;
        }

        if (_drawing.Count > 0 && _drawing[^1] == reference)
        {
            // PdfPig does not follow a form into itself; into a form that drew it, it follows until its stack overflows.
            return Cost.None;
        }

        if (_drawing.Contains(reference))
        {
            return new Cost(0, 0, 0, 0, Cyclic: true);
        }

        _drawing.Add(reference);

        try
        {
            if (_lookup.Resolve(new IndirectReferenceToken(reference)) is not StreamToken form || _lookup.Name(form.StreamDictionary, "Subtype") != "Form")
            {
                return Cost.None;
            }

            var own = _lookup.Entry(form.StreamDictionary, "Resources") as DictionaryToken;
            var cost = Of(form, own ?? inherited);
            if (own is not null || inherited is null)
            {
                _forms[reference] = cost;
            }

            return cost;
        }
        finally
        {
            _drawing.RemoveAt(_drawing.Count - 1);
        }
    }

    // The page dictionaries in page order, resources inherited from the tree written into each; null when the tree
    // is not one this walk can follow (PdfPig repairs such trees, and numbers their pages its own way).
    private List<DictionaryToken>? PageDictionaries()
    {
        try
        {
            if (_lookup.Entry(_document.Structure.Catalog.CatalogDictionary, "Pages") is not DictionaryToken root)
            {
                return null;
            }

            var pages = new List<DictionaryToken>();
            var visited = 0;
            var stack = new Stack<(DictionaryToken Node, IToken? Resources, int Depth)>();
            stack.Push((root, null, 0));
            while (stack.Count > 0)
            {
                var (node, inherited, depth) = stack.Pop();
                if (++visited > MaxTreeNodes || depth > _limits.MaxNestingDepth || pages.Count > _limits.MaxPages)
                {
                    return null;
                }

                var resources = ObjectLookup.Get(node, "Resources") ?? inherited;
                if (_lookup.Entry(node, "Kids") is ArrayToken kids && _lookup.Name(node, "Type") != "Page")
                {
                    for (var i = kids.Length - 1; i >= 0; i--)
                    {
                        if (_lookup.Resolve(kids.Data[i]) is not DictionaryToken kid)
                        {
                            return null;
                        }

                        stack.Push((kid, resources, depth + 1));
                    }
                }
                else
                {
                    pages.Add(resources is null || ObjectLookup.Get(node, "Resources") is not null ? node : node.With("Resources", resources));
                }
            }

            return pages.Count == _document.NumberOfPages ? pages : null;
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException and not PdfLimitException)
        {
            return null;
        }
    }

    /// <summary>What content makes the interpreter do; saturating, so that counts multiplied up a deep chain of forms
    /// stay over the limits instead of overflowing.</summary>
    private readonly record struct Cost(long ContentBytes, long TextBytes, long Draws, long RecoverySteps, bool Cyclic = false)
    {
        private const long Ceiling = long.MaxValue / 4;

        public static Cost None => default;

        public Cost Add(Cost other) =>
            new(Sum(ContentBytes, other.ContentBytes), Sum(TextBytes, other.TextBytes), Sum(Draws, other.Draws), Sum(RecoverySteps, other.RecoverySteps), Cyclic || other.Cyclic);

        // PdfPig parses a form's content each time the form is drawn.
        public Cost Times(long count) => new(Product(ContentBytes, count), Product(TextBytes, count), Product(Draws, count), Product(RecoverySteps, count), Cyclic);

        private static long Sum(long a, long b) => Math.Min(Ceiling, a + b);

        private static long Product(long a, long b) => a == 0 || b == 0 ? 0 : a > Ceiling / b ? Ceiling : Math.Min(Ceiling, a * b);
    }
}
