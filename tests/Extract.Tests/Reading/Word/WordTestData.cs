using Extract.Documents;
using Extract.Reading;
using Extract.Reading.Word;

namespace Extract.Tests.Reading.Word;

/// <summary>The Word fixtures: documents written from the scripts in <c>Data/word</c>, and the text editions of the
/// same content.</summary>
internal static class WordTestData
{
    private static readonly Dictionary<string, byte[]> Built = [];

    public static string Path(string name) => TestData.Fixture("word", name);

    /// <summary>The .docx written from <c>NAME.script.txt</c>, built once per run.</summary>
    public static byte[] Docx(string name)
    {
        lock (Built)
        {
            if (!Built.TryGetValue(name, out var bytes))
            {
                bytes = DocxScript.Build(Path(name + ".script.txt"));
                Built[name] = bytes;
            }

            return bytes;
        }
    }

    public static WordDocument ReadWord(string name, WordReader? reader = null) =>
        (reader ?? new WordReader()).ReadWord(Docx(name), name + ".docx");

    public static Document ReadText(string name) => new DocumentReader().Read(Path(name + ".txt"));

    /// <summary>A block as the tests compare it across formats: its kind, level and number, and its text.</summary>
    public static string Describe(Block block) => block switch
    {
        Heading h => $"Heading {h.Level} {h.Number?.Ordinal} | {h.Text}",
        Table t => $"Table {string.Join(" / ", t.Rows.Select(r => string.Join(" | ", r.Cells.Select(c => c.Text))))}",
        _ => $"{block.GetType().Name} | {block.Text}",
    };
}
