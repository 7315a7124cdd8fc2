using System.Text;

namespace Extract.Fuzz;

/// <summary>A deterministic mutation engine: from one seed and a fixed random stream it derives byte havoc, character
/// havoc with tokens the readers give meaning to (figures, numerals, markup, charsets, initials), truncations, splices
/// with another seed and repeated chunks. The same seed number gives the same inputs on every machine.</summary>
public sealed class Mutator(int seed, int maxLength = 1 << 20)
{
    // Tokens that steer the input into the code that interprets it: numerals and units, markup, declarations,
    // separators of the segment formats, runs that are hostile to splitters.
    private static readonly string[] Tokens =
    [
        "一亿亿亿亿件", "一万万万万万万万万件", "12,345.6", "3.5%", "百分之七十", "亿元", "万件", "2019年", "第三", "1.2 billion",
        "79,228,162,514,264,337,593,543,950,335", "0.000000000000000000000000000001", "-", "—", "～", "%", "‰",
        "<p>", "</p>", "<div>", "<table><tr><td>", "<meta charset=\"utf-7\">", "<meta charset=\"x-bogus\">",
        "<meta charset=\"gbk\">", "<script>", "<!--", "&#x10FFFF;", "&amp;", "<?xml version=\"1.0\"?>", "<!DOCTYPE x [",
        "<trans-unit id=\"1\"><source>", "</source><target>", "<tu><tuv xml:lang=\"zh\"><seg>", "\t", "\r\n", "\n\n",
        "a.b.", "U.S.", "No.", "。", "；", "\u0000", "\uFEFF", "\uD800", "一、", "（一）", "1.", "Table 3",
    ];

    private readonly Random random = new(seed);

    /// <summary>A mutant of <paramref name="input"/>; <paramref name="other"/> is the seed spliced in.</summary>
    public byte[] Mutate(byte[] input, byte[] other)
    {
        var data = new List<byte>(input);
        var rounds = 1 + random.Next(8);
        for (var i = 0; i < rounds; i++)
        {
            switch (random.Next(10))
            {
                case 0: FlipBytes(data); break;
                case 1: InsertRandomBytes(data); break;
                case 2: DeleteRange(data); break;
                case 3: Truncate(data); break;
                case 4: Splice(data, other); break;
                case 5: RepeatChunk(data); break;
                default: InsertToken(data); break;
            }
        }

        return [.. data.Take(maxLength)];
    }

    private int Position(List<byte> data) => data.Count == 0 ? 0 : random.Next(data.Count + 1);

    private void FlipBytes(List<byte> data)
    {
        for (var n = 1 + random.Next(16); n > 0 && data.Count > 0; n--)
        {
            data[random.Next(data.Count)] ^= (byte)(1 << random.Next(8));
        }
    }

    private void InsertRandomBytes(List<byte> data)
    {
        var bytes = new byte[1 + random.Next(32)];
        random.NextBytes(bytes);
        data.InsertRange(Position(data), bytes);
    }

    private void DeleteRange(List<byte> data)
    {
        if (data.Count == 0)
        {
            return;
        }

        var start = random.Next(data.Count);
        data.RemoveRange(start, Math.Min(data.Count - start, 1 + random.Next(Math.Max(1, data.Count / 8))));
    }

    private void Truncate(List<byte> data)
    {
        if (data.Count > 0)
        {
            var cut = random.Next(data.Count);
            data.RemoveRange(cut, data.Count - cut);
        }
    }

    private void Splice(List<byte> data, byte[] other)
    {
        if (other.Length == 0)
        {
            return;
        }

        var start = random.Next(other.Length);
        var length = Math.Min(other.Length - start, 1 + random.Next(4096));
        data.InsertRange(Position(data), other.AsSpan(start, length).ToArray());
    }

    // Amplification: a chunk repeated hundreds of times, the shape of most of the slow inputs found so far.
    private void RepeatChunk(List<byte> data)
    {
        var chunk = data.Count > 0 && random.Next(2) == 0
            ? data.Skip(random.Next(data.Count)).Take(1 + random.Next(64)).ToArray()
            : Encoding.UTF8.GetBytes(Tokens[random.Next(Tokens.Length)]);
        var times = 1 + random.Next(2000);
        var repeated = new List<byte>(chunk.Length * times);
        for (var i = 0; i < times && repeated.Count < maxLength / 4; i++)
        {
            repeated.AddRange(chunk);
        }

        data.InsertRange(Position(data), repeated);
    }

    // At a character boundary: the token reaches the text reader intact instead of as broken UTF-8.
    private void InsertToken(List<byte> data)
    {
        var at = Position(data);
        while (at < data.Count && (data[at] & 0xC0) == 0x80)
        {
            at++;
        }

        data.InsertRange(at, Encoding.UTF8.GetBytes(Tokens[random.Next(Tokens.Length)]));
    }
}
