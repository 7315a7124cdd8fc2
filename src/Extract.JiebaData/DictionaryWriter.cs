namespace Extract.JiebaData;

/// <summary>The dictionary as a trie in breadth-first order: the children of a node have consecutive ids, sorted by
/// character, so the reader rebuilds each node's first child from the child counts alone.</summary>
/// <remarks>Layout after the header: total frequency, word count, tag table (count, codes), node count; then per node
/// its child count; per node but the root the character leading to it (as a difference from its previous sibling's,
/// the first sibling's as is); per node its frequency (0 for a prefix that is no word); per word (node of positive frequency) its tag
/// (index into the table plus one, 0 for none).</remarks>
internal static class DictionaryWriter
{
    public static byte[] Write(string text)
    {
        var root = new Node();
        var total = 0L;
        var lines = 0;
        var tags = new List<string>();
        var tagIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            lines++;
            var fields = line.Split(' ');
            if (fields.Length != 3 || !int.TryParse(fields[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var frequency))
            {
                throw new InvalidDataException($"dict.txt line {lines}: expected \"word freq tag\", found \"{line}\"");
            }

            var node = root;
            foreach (var c in fields[0])
            {
                node.Children ??= [];
                if (!node.Children.TryGetValue(c, out var child))
                {
                    child = new Node();
                    node.Children.Add(c, child);
                }

                node = child;
            }

            // jieba: the total counts every line; a word keeps the values of its last line.
            total += frequency;
            node.Frequency = frequency;
            if (!tagIndex.TryGetValue(fields[2], out var tag))
            {
                tag = tags.Count;
                tags.Add(fields[2]);
                tagIndex.Add(fields[2], tag);
            }

            node.Tag = tag + 1;
        }

        var order = new List<Node> { root };
        var labels = new List<char> { '\0' };
        for (var i = 0; i < order.Count; i++)
        {
            if (order[i].Children is { } children)
            {
                foreach (var (c, child) in children)
                {
                    order.Add(child);
                    labels.Add(c);
                }
            }
        }

        var writer = new TableWriter('D');
        writer.VarInt(total);
        writer.VarInt(order.Count(n => n.Frequency > 0));
        writer.VarInt(tags.Count);
        foreach (var tag in tags)
        {
            writer.String(tag);
        }

        writer.VarInt(order.Count);
        foreach (var node in order)
        {
            writer.VarInt(node.Children?.Count ?? 0);
        }

        foreach (var node in order)
        {
            if (node.Children is { } children)
            {
                writer.Characters([.. children.Keys]);
            }
        }

        foreach (var node in order)
        {
            writer.VarInt(node.Frequency);
        }

        foreach (var node in order.Where(n => n.Frequency > 0))
        {
            writer.Byte(node.Tag);
        }

        Console.WriteLine($"dictionary: {lines:N0} lines, {order.Count:N0} trie nodes, total frequency {total:N0}");
        return writer.ToArray();
    }

    private sealed class Node
    {
        public SortedDictionary<char, Node>? Children { get; set; }

        public int Frequency { get; set; }

        public int Tag { get; set; }
    }
}
