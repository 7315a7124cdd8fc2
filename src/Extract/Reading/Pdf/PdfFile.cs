using Extract.Reading.Pdf.Filters;
using Extract.Reading.Pdf.Security;

namespace Extract.Reading.Pdf;

/// <summary>An opened PDF file: its object table, decryption, and the objects on demand (parsed once, cached).</summary>
internal sealed class PdfFile
{
    private readonly ReadOnlyMemory<byte> _data;
    private readonly Dictionary<int, PdfObject> _cache = [];
    private readonly Dictionary<int, Dictionary<int, PdfObject>> _objectStreams = [];
    private readonly HashSet<int> _loading = [];
    private readonly StandardSecurityHandler? _security;
    private readonly int _encryptNumber = -1;
    private XrefTable _table;

    public PdfFile(ReadOnlyMemory<byte> data, string? password, PdfLimits limits, string sourcePath)
    {
        _data = data;
        Limits = limits;
        Budget = new DecodeBudget(limits.MaxStreamBytes, limits.MaxDocumentBytes);
        _table = XrefReader.Read(data, limits, Budget);
        if (_table.Trailer["Encrypt"] is { } encrypt)
        {
            _encryptNumber = encrypt is PdfReference r ? r.Id.Number : -1;
            if (Resolve(encrypt) is PdfDictionary encryptDictionary)
            {
                var id = Resolve(_table.Trailer["ID"]) is PdfArray { Count: > 0 } ids && Resolve(ids[0]) is PdfString s ? s.Bytes : [];
                _security = StandardSecurityHandler.Open(encryptDictionary, id, password, sourcePath);
                // Objects read before the key was known were read undecrypted.
                _cache.Clear();
                _objectStreams.Clear();
            }
        }
    }

    public PdfLimits Limits { get; }

    public DecodeBudget Budget { get; }

    public PdfDictionary Trailer => _table.Trailer;

    /// <summary>Follows references until a direct object; a missing object or a cycle reads as null.</summary>
    public PdfObject Resolve(PdfObject? value)
    {
        var hops = 0;
        while (value is PdfReference reference)
        {
            if (++hops > Limits.MaxReferenceChain)
            {
                throw new PdfFormatException($"a chain of more than {Limits.MaxReferenceChain} references (a cycle?)", reference.Id.Number);
            }

            value = GetObject(reference.Id.Number);
        }

        return value ?? PdfNull.Instance;
    }

    public T? Get<T>(PdfDictionary? dictionary, string key)
        where T : PdfObject => dictionary is null ? null : Resolve(dictionary[key]) as T;

    public PdfDictionary? Dictionary(PdfObject? value) => Resolve(value) switch
    {
        PdfDictionary d => d,
        PdfStream s => s.Dictionary,
        _ => null,
    };

    public PdfObject GetObject(int number)
    {
        if (_cache.TryGetValue(number, out var cached))
        {
            return cached;
        }

        if (_loading.Count >= Limits.MaxReferenceChain)
        {
            // Objects whose reading needs other objects (a /Length, an object stream) nest no deeper than this.
            throw new PdfFormatException($"reading object {number} needs a chain of more than {Limits.MaxReferenceChain} other objects", number);
        }

        if (!_loading.Add(number))
        {
            // Asked for while being read (a /Length that points at its own stream): unresolvable.
            return PdfNull.Instance;
        }

        try
        {
            var value = Load(number);
            _cache[number] = value;
            return value;
        }
        finally
        {
            _loading.Remove(number);
        }
    }

    private PdfObject Load(int number)
    {
        if (!_table.Entries.TryGetValue(number, out var entry) || (entry.Offset < 0 && !entry.InObjectStream))
        {
            return PdfNull.Instance;
        }

        if (entry.InObjectStream)
        {
            return FromObjectStream(entry.StreamNumber, number);
        }

        var value = ParseAt(entry.Offset, number);
        if (value is null && !_table.Repaired)
        {
            // A wrong offset: rebuild the table by scanning, as viewers do, and look again.
            _table = MergeTrailer(XrefReader.Scan(_data, Limits, Budget));
            if (_table.Entries.TryGetValue(number, out entry) && !entry.InObjectStream)
            {
                value = ParseAt(entry.Offset, number);
            }
            else if (entry.InObjectStream)
            {
                return FromObjectStream(entry.StreamNumber, number);
            }
        }

        return value ?? PdfNull.Instance;
    }

    private XrefTable MergeTrailer(XrefTable scanned)
    {
        var trailer = new Dictionary<string, PdfObject>(_table.Trailer.Entries, StringComparer.Ordinal);
        foreach (var (key, value) in scanned.Trailer.Entries)
        {
            trailer.TryAdd(key, value);
        }

        return new XrefTable(scanned.Entries, new PdfDictionary(trailer), repaired: true);
    }

    private PdfObject? ParseAt(long offset, int number)
    {
        if (offset < 0 || offset >= _data.Length)
        {
            return null;
        }

        var lexer = new Lexer(_data) { Position = (int)offset };
        var parser = new ObjectParser(lexer, Limits.MaxNestingDepth, length => Resolve(length) as PdfNumber is { } n ? n.IntValue : null);
        try
        {
            var (id, value) = parser.ReadIndirect();
            if (id.Number != number)
            {
                return null;
            }

            if (_security is not null && number != _encryptNumber)
            {
                DecryptStrings(value, id, 0);
            }

            return value;
        }
        catch (PdfFormatException e) when (e.Message.StartsWith("no object header", StringComparison.Ordinal))
        {
            return null;
        }
    }

    private void DecryptStrings(PdfObject value, ObjectId id, int depth)
    {
        switch (value)
        {
            case PdfString s:
                s.Bytes = _security!.DecryptString(id, s.Bytes);
                break;
            case PdfArray a:
                foreach (var item in a.Items)
                {
                    DecryptStrings(item, id, depth + 1);
                }

                break;
            case PdfDictionary d:
                foreach (var item in d.Entries.Values)
                {
                    DecryptStrings(item, id, depth + 1);
                }

                break;
            case PdfStream st:
                DecryptStrings(st.Dictionary, id, depth + 1);
                break;
        }
    }

    private PdfObject FromObjectStream(int streamNumber, int number)
    {
        if (!_objectStreams.TryGetValue(streamNumber, out var objects))
        {
            objects = [];
            _objectStreams[streamNumber] = objects;
            if (GetObject(streamNumber) is PdfStream stream && Decode(stream) is { } data)
            {
                foreach (var (n, v) in ObjectStreamReader.ReadAll(data, stream, Limits.MaxNestingDepth))
                {
                    objects.TryAdd(n, v);
                }
            }
        }

        return objects.GetValueOrDefault(number) ?? PdfNull.Instance;
    }

    /// <summary>The decoded data of <paramref name="stream"/>, or null for image data.</summary>
    public byte[]? Decode(PdfStream stream)
    {
        byte[]? decrypted = null;
        if (_security is not null && stream.Dictionary.NameOf("Type") != "XRef")
        {
            decrypted = _security.DecryptStream(stream.Id, stream.RawData.ToArray());
        }

        try
        {
            return StreamDecoder.Decode(stream, Resolve, Budget, decrypted);
        }
        catch (PdfFormatException e) when (e.ObjectNumber is null)
        {
            throw new PdfFormatException(e.Message, stream.Id.Number);
        }
    }

    /// <summary>The pages in order, walking the page tree with its inherited resources and boxes.</summary>
    public List<PdfPage> Pages()
    {
        var root = Dictionary(Trailer["Root"]);
        var pages = new List<PdfPage>();
        var visited = new HashSet<PdfDictionary>(ReferenceEqualityComparer.Instance);
        if (root is not null)
        {
            Walk(root["Pages"], null, null, 0, -1);
        }

        if (pages.Count == 0 && (root is null || _table.Repaired))
        {
            // No catalog or page tree (a file cut short): the page objects found, in file order, are the pages.
            foreach (var number in _table.Entries.Where(e => !e.Value.InObjectStream && e.Value.Offset >= 0).OrderBy(e => e.Value.Offset).Select(e => e.Key))
            {
                if (GetObject(number) is PdfDictionary { } page && page.NameOf("Type") == "Page" && visited.Add(page))
                {
                    var parent = Dictionary(page["Parent"]);
                    var resources = Get<PdfDictionary>(page, "Resources") ?? Get<PdfDictionary>(parent, "Resources");
                    var box = ReadBox(Get<PdfArray>(page, "MediaBox")) ?? ReadBox(Get<PdfArray>(parent, "MediaBox"));
                    pages.Add(new PdfPage(pages.Count + 1, page, resources, box ?? PageBox.A4, number));
                }
            }
        }

        return pages;

        void Walk(PdfObject? node, PdfDictionary? resources, PageBox? box, int depth, int objectNumber)
        {
            if (depth > Limits.MaxReferenceChain)
            {
                throw new PdfFormatException("the page tree is nested too deeply");
            }

            var number = node is PdfReference r ? r.Id.Number : objectNumber;
            if (Dictionary(node) is not { } dictionary || !visited.Add(dictionary))
            {
                return;
            }

            resources = Get<PdfDictionary>(dictionary, "Resources") ?? resources;
            box = ReadBox(Get<PdfArray>(dictionary, "MediaBox")) ?? box;
            if (Get<PdfArray>(dictionary, "Kids") is { } kids && dictionary.NameOf("Type") != "Page")
            {
                foreach (var kid in kids.Items)
                {
                    Walk(kid, resources, box, depth + 1, -1);
                }

                return;
            }

            if (pages.Count >= Limits.MaxPages)
            {
                throw new PdfFormatException($"more than {Limits.MaxPages:N0} pages");
            }

            pages.Add(new PdfPage(pages.Count + 1, dictionary, resources, box ?? PageBox.A4, number));
        }
    }

    private PageBox? ReadBox(PdfArray? array)
    {
        if (array is not { Count: 4 })
        {
            return null;
        }

        var v = array.Items.Select(i => Resolve(i) is PdfNumber n ? n.Real : 0).ToArray();
        return new PageBox(Math.Min(v[0], v[2]), Math.Min(v[1], v[3]), Math.Max(v[0], v[2]), Math.Max(v[1], v[3]));
    }
}
