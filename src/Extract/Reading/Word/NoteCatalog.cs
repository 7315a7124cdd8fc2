extern alias OpenXml;

using OpenXml::DocumentFormat.OpenXml;
using OpenXml::DocumentFormat.OpenXml.Wordprocessing;

namespace Extract.Reading.Word;

/// <summary>The footnotes and endnotes of a document by id, without the separators Word keeps among them.</summary>
internal sealed class NoteCatalog
{
    private readonly Dictionary<long, OpenXmlElement> _footnotes = [];
    private readonly Dictionary<long, OpenXmlElement> _endnotes = [];

    public NoteCatalog(Footnotes? footnotes, Endnotes? endnotes)
    {
        if (footnotes is not null)
        {
            foreach (var note in footnotes.Elements<Footnote>())
            {
                Add(_footnotes, note.Id?.Value, note.Type?.InnerText, note);
            }
        }

        if (endnotes is not null)
        {
            foreach (var note in endnotes.Elements<Endnote>())
            {
                Add(_endnotes, note.Id?.Value, note.Type?.InnerText, note);
            }
        }
    }

    public OpenXmlElement? Footnote(long id) => _footnotes.GetValueOrDefault(id);

    public OpenXmlElement? Endnote(long id) => _endnotes.GetValueOrDefault(id);

    private static void Add(Dictionary<long, OpenXmlElement> notes, long? id, string? type, OpenXmlElement note)
    {
        if (id is { } key && type is null or "normal")
        {
            notes.TryAdd(key, note);
        }
    }
}
