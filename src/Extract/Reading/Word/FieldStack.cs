namespace Extract.Reading.Word;

/// <summary>The fields (<c>w:fldChar</c> … <c>w:fldChar</c>, <c>w:fldSimple</c>) open at a point of a story, and
/// whether the text there is to be read: a field's instruction never is, nor is the result of a field that prints
/// a page number, a date, a count or a table of contents (chrome, not figures of the text).</summary>
/// <remarks>Complex fields may span paragraphs (a table of contents does), so one stack serves a whole story.</remarks>
internal sealed class FieldStack
{
    private const int MaxOpenFields = 64;
    private readonly List<Frame> _frames = [];

    /// <summary>Whether text at this point is hidden by a field.</summary>
    public bool Hidden { get; private set; }

    public void Begin()
    {
        // Unbalanced fields in a damaged file must not grow without end.
        if (_frames.Count < MaxOpenFields)
        {
            _frames.Add(new Frame());
        }

        Update();
    }

    public void BeginResult(string? instruction)
    {
        Begin();
        _frames[^1].Instruction.Append(instruction);
        Separate();
    }

    public void Instruction(string? text)
    {
        if (_frames.Count > 0 && !_frames[^1].InResult)
        {
            _frames[^1].Instruction.Append(text);
        }
    }

    public void Separate()
    {
        if (_frames.Count > 0)
        {
            _frames[^1].InResult = true;
            _frames[^1].SuppressesResult = Suppresses(_frames[^1].Instruction.ToString());
        }

        Update();
    }

    public void End()
    {
        if (_frames.Count > 0)
        {
            _frames.RemoveAt(_frames.Count - 1);
        }

        Update();
    }

    private void Update()
    {
        Hidden = false;
        foreach (var frame in _frames)
        {
            if (!frame.InResult || frame.SuppressesResult)
            {
                Hidden = true;
                return;
            }
        }
    }

    private static bool Suppresses(string instruction)
    {
        var code = instruction.AsSpan().Trim();
        var end = 0;
        while (end < code.Length && char.IsAsciiLetter(code[end]))
        {
            end++;
        }

        return code[..end].ToString().ToUpperInvariant() switch
        {
            "PAGE" or "NUMPAGES" or "SECTIONPAGES" or "SECTION" or "PAGEREF" => true,
            "DATE" or "TIME" or "CREATEDATE" or "SAVEDATE" or "PRINTDATE" or "EDITTIME" => true,
            "NUMWORDS" or "NUMCHARS" or "FILESIZE" or "REVNUM" or "FILENAME" => true,
            "TOC" or "INDEX" or "TOA" => true,
            _ => false,
        };
    }

    private sealed class Frame
    {
        public System.Text.StringBuilder Instruction { get; } = new();

        public bool InResult { get; set; }

        public bool SuppressesResult { get; set; }
    }
}
