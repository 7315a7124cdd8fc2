using Extract.Reading.Pdf.Fonts;

namespace Extract.Reading.Pdf.Content;

/// <summary>Runs a page's content streams (8, 9.4) far enough to know where each piece of text lands: text state and
/// matrices, <c>q/Q/cm</c>, form XObjects, marked content with <c>/ActualText</c>; inline images are skipped.</summary>
internal sealed class ContentInterpreter
{
    private readonly PdfFile _file;
    private readonly FontLoader _fonts;
    private readonly CancellationToken _cancellationToken;
    private readonly PageContent _content = new();
    private readonly Dictionary<PdfFont, int> _fontIndexes = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<PdfStream> _activeForms = new(ReferenceEqualityComparer.Instance);
    private readonly Stack<(string? ActualText, int GlyphStart)> _marked = new();
    private readonly List<PdfObject> _operands = [];
    private GraphicsState _state = new();
    private Stack<GraphicsState> _saved = new();
    private Matrix _textMatrix = Matrix.Identity;
    private Matrix _lineMatrix = Matrix.Identity;
    private int _operations;
    private int _formDepth;

    public ContentInterpreter(PdfFile file, FontLoader fonts, CancellationToken cancellationToken)
    {
        _file = file;
        _fonts = fonts;
        _cancellationToken = cancellationToken;
    }

    public PageContent Run(PdfPage page)
    {
        var contents = _file.Resolve(page.Dictionary["Contents"]);
        var streams = contents switch
        {
            PdfStream s => [s],
            PdfArray a => a.Items.Select(_file.Resolve).OfType<PdfStream>().ToList(),
            _ => [],
        };

        // The streams of a page form one content stream: an operator may be split across two of them.
        var parts = streams.Select(_file.Decode).OfType<byte[]>().ToList();
        var joined = new byte[parts.Sum(p => p.Length + 1)];
        var at = 0;
        foreach (var part in parts)
        {
            part.CopyTo(joined, at);
            at += part.Length;
            joined[at++] = (byte)'\n';
        }

        Execute(joined, page.Resources);
        return _content;
    }

    private void Execute(byte[] data, PdfDictionary? resources)
    {
        var lexer = new Lexer(data);
        var parser = new ObjectParser(lexer, _file.Limits.MaxNestingDepth);
        var d = lexer.Data.Span;
        _operands.Clear();
        while (true)
        {
            var token = lexer.Next();
            if (token.Kind == TokenKind.EndOfInput)
            {
                break;
            }

            if (token.Kind != TokenKind.Keyword)
            {
                if (_operands.Count < 64)
                {
                    _operands.Add(parser.ReadObject(token, 0));
                }

                continue;
            }

            if (++_operations > _file.Limits.MaxOperations)
            {
                throw new PdfFormatException($"more than {_file.Limits.MaxOperations:N0} content operators on a page");
            }

            if ((_operations & 0xFFF) == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }

            var op = d[token.Start..token.End];
            if (op.SequenceEqual("BI"u8))
            {
                SkipInlineImage(lexer);
                _content.Images++;
            }
            else
            {
                Apply(op, resources);
            }

            _operands.Clear();
        }
    }

    private void Apply(ReadOnlySpan<byte> op, PdfDictionary? resources)
    {
        switch (op.Length)
        {
            case 1:
                switch (op[0])
                {
                    case (byte)'q':
                        if (_saved.Count < 1024)
                        {
                            _saved.Push(_state);
                        }

                        return;
                    case (byte)'Q':
                        if (_saved.Count > 0)
                        {
                            _state = _saved.Pop();
                        }

                        return;
                    case (byte)'\'':
                        NextLine();
                        Show(_operands.Count > 0 ? _operands[^1] as PdfString : null);
                        return;
                    case (byte)'"':
                        if (_operands.Count >= 3)
                        {
                            _state = _state with { WordSpacing = Number(0, 3), CharacterSpacing = Number(1, 3) };
                        }

                        NextLine();
                        Show(_operands.Count > 0 ? _operands[^1] as PdfString : null);
                        return;
                }

                return;
            case 2:
                ApplyTwo(op, resources);
                return;
            case 3:
                if (op.SequenceEqual("BDC"u8))
                {
                    BeginMarked(resources);
                }
                else if (op.SequenceEqual("EMC"u8))
                {
                    EndMarked();
                }
                else if (op.SequenceEqual("BMC"u8))
                {
                    _marked.Push((null, _content.Glyphs.Count));
                }

                return;
        }
    }

    private void ApplyTwo(ReadOnlySpan<byte> op, PdfDictionary? resources)
    {
        switch ((char)op[0], (char)op[1])
        {
            case ('c', 'm'):
                if (_operands.Count >= 6)
                {
                    _state = _state with { Ctm = MatrixFromOperands().Then(_state.Ctm) };
                }

                break;
            case ('B', 'T'):
                _textMatrix = _lineMatrix = Matrix.Identity;
                break;
            case ('T', 'f'):
                if (_operands.Count >= 2)
                {
                    SetFont(_operands[^2] as PdfName, Number(1, 2), resources);
                }

                break;
            case ('T', 'd'):
                MoveLine(Number(0, 2), Number(1, 2));
                break;
            case ('T', 'D'):
                _state = _state with { Leading = -Number(1, 2) };
                MoveLine(Number(0, 2), Number(1, 2));
                break;
            case ('T', 'm'):
                if (_operands.Count >= 6)
                {
                    _textMatrix = _lineMatrix = MatrixFromOperands();
                }

                break;
            case ('T', '*'):
                NextLine();
                break;
            case ('T', 'L'):
                _state = _state with { Leading = Number(0) };
                break;
            case ('T', 'c'):
                _state = _state with { CharacterSpacing = Number(0) };
                break;
            case ('T', 'w'):
                _state = _state with { WordSpacing = Number(0) };
                break;
            case ('T', 'z'):
                _state = _state with { HorizontalScaling = Number(0) / 100 };
                break;
            case ('T', 's'):
                _state = _state with { Rise = Number(0) };
                break;
            case ('T', 'r'):
                _state = _state with { RenderMode = (int)Number(0) };
                break;
            case ('T', 'j'):
                Show(_operands.Count > 0 ? _operands[^1] as PdfString : null);
                break;
            case ('T', 'J'):
                ShowArray(_operands.Count > 0 ? _operands[^1] as PdfArray : null);
                break;
            case ('D', 'o'):
                if (_operands.Count > 0 && _operands[^1] is PdfName name)
                {
                    DrawXObject(name.Value, resources);
                }

                break;
            case ('g', 's'):
                if (_operands.Count > 0 && _operands[^1] is PdfName gs)
                {
                    ApplyExtGState(gs.Value, resources);
                }

                break;
        }
    }

    // Operands are taken from the end: junk before them is ignored, as viewers do.
    private double Number(int index, int expected = 1)
    {
        var at = _operands.Count - expected + index;
        return at >= 0 && at < _operands.Count && _operands[at] is PdfNumber n ? n.Real : 0;
    }

    private Matrix MatrixFromOperands()
    {
        var o = _operands;
        var n = o.Count;
        double V(int i) => o[n - 6 + i] is PdfNumber x ? x.Real : 0;
        return new Matrix(V(0), V(1), V(2), V(3), V(4), V(5));
    }

    private void MoveLine(double tx, double ty)
    {
        _lineMatrix = Matrix.Translation(tx, ty).Then(_lineMatrix);
        _textMatrix = _lineMatrix;
    }

    private void NextLine() => MoveLine(0, -_state.Leading);

    private void SetFont(PdfName? name, double size, PdfDictionary? resources)
    {
        PdfFont? font = null;
        var bold = false;
        if (name is not null && _file.Get<PdfDictionary>(resources, "Font") is { } fonts && _file.Dictionary(fonts[name.Value]) is { } dictionary)
        {
            font = _fonts.Load(dictionary);
            bold = font.Name.Contains("Bold", StringComparison.OrdinalIgnoreCase) || font.Name.Contains("Heavy", StringComparison.OrdinalIgnoreCase);
        }

        var index = -1;
        if (font is not null && !_fontIndexes.TryGetValue(font, out index))
        {
            index = _fontIndexes.Count;
            _fontIndexes[font] = index;
        }

        _state = _state with { Font = font, FontSize = size, FontIndex = index, FontIsBold = bold };
    }

    private void ApplyExtGState(string name, PdfDictionary? resources)
    {
        if (_file.Get<PdfDictionary>(resources, "ExtGState") is { } states && _file.Dictionary(states[name]) is { } gs
            && _file.Get<PdfArray>(gs, "Font") is { Count: 2 } fontEntry && _file.Dictionary(fontEntry[0]) is { } dictionary)
        {
            var font = _fonts.Load(dictionary);
            if (!_fontIndexes.TryGetValue(font, out var index))
            {
                index = _fontIndexes.Count;
                _fontIndexes[font] = index;
            }

            _state = _state with { Font = font, FontIndex = index, FontSize = _file.Resolve(fontEntry[1]) is PdfNumber s ? s.Real : _state.FontSize };
        }
    }

    private void ShowArray(PdfArray? array)
    {
        if (array is null)
        {
            return;
        }

        _content.TextOperators++;
        foreach (var item in array.Items)
        {
            if (item is PdfString s)
            {
                ShowString(s.Bytes);
            }
            else if (item is PdfNumber n)
            {
                var shift = -n.Real / 1000 * _state.FontSize;
                _textMatrix = _state.Font?.IsVertical == true
                    ? Matrix.Translation(0, shift).Then(_textMatrix)
                    : Matrix.Translation(shift * _state.HorizontalScaling, 0).Then(_textMatrix);
            }
        }
    }

    private void Show(PdfString? text)
    {
        if (text is null)
        {
            return;
        }

        _content.TextOperators++;
        ShowString(text.Bytes);
    }

    private void ShowString(byte[] bytes)
    {
        var font = _state.Font;
        if (font is null)
        {
            return;
        }

        var size = _state.FontSize;
        var hScale = _state.HorizontalScaling;
        var invisible = _state.RenderMode == 7;
        for (var i = 0; i < bytes.Length;)
        {
            var length = font.ReadCode(bytes.AsSpan(i), out var code);
            i += length;
            var text = font.Decode(code, length);
            var advance = font.Width(code, length);
            var trm = new Matrix(size * hScale, 0, 0, size, 0, _state.Rise).Then(_textMatrix).Then(_state.Ctm);
            var spacing = _state.CharacterSpacing + (length == 1 && code == 32 ? _state.WordSpacing : 0);
            if (!invisible)
            {
                _content.Codes++;
                if (!Usable(text))
                {
                    _content.UnusableCodes++;
                }
                else
                {
                    Emit(text!, trm, advance);
                }
            }

            if (font.IsVertical)
            {
                _textMatrix = Matrix.Translation(0, -(size + spacing)).Then(_textMatrix);
            }
            else
            {
                _textMatrix = Matrix.Translation(((advance * size) + spacing) * hScale, 0).Then(_textMatrix);
            }
        }
    }

    private void Emit(string text, Matrix trm, double advance)
    {
        var (x, y) = trm.Apply(0, 0);
        var scaleX = Math.Sqrt((trm.A * trm.A) + (trm.B * trm.B));
        var scaleY = Math.Sqrt((trm.C * trm.C) + (trm.D * trm.D));
        // Text runs along one of the page's axes; skewed text (a stamp, a chart label at an angle) is left out.
        var direction = Math.Abs(trm.B) <= 0.1 * scaleX ? (trm.A >= 0 ? 0 : 2)
            : Math.Abs(trm.A) <= 0.1 * scaleX ? (trm.B > 0 ? 1 : 3)
            : -1;
        if (direction < 0 || scaleY <= 0)
        {
            return;
        }

        var g = _state.Font!.GlyphScale;
        var size = Math.Abs(g - 0.001) > 0.0001 ? scaleY * g * 1000 : scaleY;
        if (_state.Font.IsVertical)
        {
            // Vertical writing: each glyph a full em down the column, columns from right to left; read as text
            // turned a quarter clockwise, so columns become lines.
            _content.Glyphs.Add(new TextGlyph(text, x, y, size, size, _state.FontIndex, _state.FontIsBold, (direction + 3) % 4));
            return;
        }

        _content.Glyphs.Add(new TextGlyph(text, x, y, Math.Abs(advance * scaleX), size, _state.FontIndex, _state.FontIsBold, direction));
    }

    // Text that is missing, a control character or private use is no text at all.
    private static bool Usable(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        foreach (var c in text)
        {
            if ((char.IsControl(c) && c is not '\t' and not '\n' and not '\r') || c is (>= '\uE000' and <= '\uF8FF') or '\uFFFD' || (char.IsSurrogate(c) && text.Length == 1))
            {
                return false;
            }
        }

        return true;
    }

    private void BeginMarked(PdfDictionary? resources)
    {
        string? actualText = null;
        if (_operands.Count >= 2)
        {
            var properties = _operands[^1] switch
            {
                PdfDictionary d => d,
                PdfName n => _file.Dictionary(_file.Get<PdfDictionary>(resources, "Properties")?[n.Value]),
                _ => null,
            };
            if (_file.Resolve(properties?["ActualText"]) is PdfString s)
            {
                actualText = s.ToText();
            }
        }

        _marked.Push((actualText, _content.Glyphs.Count));
    }

    private void EndMarked()
    {
        if (!_marked.TryPop(out var mark) || mark.ActualText is null)
        {
            return;
        }

        var glyphs = _content.Glyphs;
        if (mark.GlyphStart >= glyphs.Count)
        {
            return;
        }

        // The span's glyphs give way to its actual text, over the same extent.
        var span = glyphs.GetRange(mark.GlyphStart, glyphs.Count - mark.GlyphStart);
        glyphs.RemoveRange(mark.GlyphStart, span.Count);
        var left = span.Min(g => g.X);
        var right = span.Max(g => g.Right);
        var first = span[0];
        if (mark.ActualText.Length > 0)
        {
            glyphs.Add(first with { Text = mark.ActualText, X = left, Width = right - left });
        }
    }

    private void DrawXObject(string name, PdfDictionary? resources)
    {
        if (_file.Get<PdfDictionary>(resources, "XObject") is not { } xobjects || _file.Resolve(xobjects[name]) is not PdfStream stream)
        {
            return;
        }

        var subtype = stream.Dictionary.NameOf("Subtype");
        if (subtype == "Image")
        {
            _content.Images++;
            return;
        }

        if (subtype != "Form" || _formDepth >= _file.Limits.MaxFormDepth || !_activeForms.Add(stream))
        {
            return;
        }

        try
        {
            var data = _file.Decode(stream);
            if (data is null)
            {
                return;
            }

            var savedState = _state;
            var savedStack = _saved;
            var savedText = (_textMatrix, _lineMatrix);
            var savedOperands = _operands.ToList();
            _saved = new Stack<GraphicsState>();
            if (_file.Get<PdfArray>(stream.Dictionary, "Matrix") is { Count: 6 } m)
            {
                var v = m.Items.Select(i => _file.Resolve(i) is PdfNumber n ? n.Real : 0).ToArray();
                _state = _state with { Ctm = new Matrix(v[0], v[1], v[2], v[3], v[4], v[5]).Then(_state.Ctm) };
            }

            _formDepth++;
            Execute(data, _file.Get<PdfDictionary>(stream.Dictionary, "Resources") ?? resources);
            _formDepth--;
            _state = savedState;
            _saved = savedStack;
            (_textMatrix, _lineMatrix) = savedText;
            _operands.Clear();
            _operands.AddRange(savedOperands);
        }
        finally
        {
            _activeForms.Remove(stream);
        }
    }

    // Inline image data is binary: skip from ID to the EI that follows white space.
    private static void SkipInlineImage(Lexer lexer)
    {
        var d = lexer.Data.Span;
        while (true)
        {
            var token = lexer.Next();
            if (token.Kind == TokenKind.EndOfInput)
            {
                return;
            }

            if (token.IsKeyword(d, "ID"u8))
            {
                break;
            }
        }

        var p = lexer.Position + 1;
        while (p + 2 <= d.Length)
        {
            if (d[p] == 'E' && d[p + 1] == 'I' && Lexer.IsWhite(d[p - 1]) && (p + 2 == d.Length || Lexer.IsWhite(d[p + 2]) || Lexer.IsDelimiter(d[p + 2])))
            {
                lexer.Position = p + 2;
                return;
            }

            p++;
        }

        lexer.Position = d.Length;
    }
}
