using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Extract.JiebaData;

/// <summary>Converts jieba's data files, as the jieba.NET 0.42.2 package ships them in its <c>Resources</c> folder,
/// into the three compact, Brotli-compressed tables the library embeds: the dictionary as a trie in breadth-first
/// order, the finalseg HMM, and posseg's joint word/tag HMM. The layout is read by
/// <c>src/Extract/Segmentation/Embedded/EmbeddedTables.cs</c>; both sides share <see cref="Format"/>'s constants.</summary>
/// <remarks>Usage: <c>Extract.JiebaData RESOURCES_DIR OUTPUT_DIR</c>.</remarks>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length != 2)
        {
            Console.Error.WriteLine("usage: Extract.JiebaData RESOURCES_DIR OUTPUT_DIR");
            return 2;
        }

        var input = args[0];
        var output = args[1];
        try
        {
            Directory.CreateDirectory(output);
            Write(Path.Combine(output, Format.DictionaryFile), DictionaryWriter.Write(ReadText(input, "dict.txt")));
            Write(Path.Combine(output, Format.HmmFile), HmmWriter.Write(ReadJson(input, "prob_trans.json"), ReadJson(input, "prob_emit.json")));
            Write(Path.Combine(output, Format.PosFile), PosWriter.Write(
                ReadJson(input, "pos_prob_start.json"), ReadJson(input, "pos_prob_trans.json"),
                ReadJson(input, "pos_prob_emit.json"), ReadJson(input, "char_state_tab.json")));
            return 0;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or JsonException or FormatException or KeyNotFoundException)
        {
            // MSBuild shows "error" lines in the build output with the file that failed.
            Console.Error.WriteLine($"error JIEBA001: jieba data in {input}: {e.Message}");
            return 1;
        }
    }

    private static string ReadText(string directory, string name)
    {
        var path = Path.Combine(directory, name);
        var text = new UTF8Encoding(false, true).GetString(File.ReadAllBytes(path));
        // The package ships CRLF line ends; jieba 0.42.1's own file has LF and this checksum.
        text = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal);
        var md5 = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();
        if (md5 != Format.DictionaryMd5)
        {
            throw new InvalidDataException($"{path} is not jieba 0.42.1's dict.txt (md5 of its LF text {md5}, expected {Format.DictionaryMd5})");
        }

        return text;
    }

    private static JsonElement ReadJson(string directory, string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(directory, name));
        var start = bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }) ? 3 : 0;
        using var document = JsonDocument.Parse(bytes.AsMemory(start));
        return document.RootElement.Clone();
    }

    /// <summary>Writes <c>[uncompressed length: int32][Brotli stream]</c>, so that the reader decompresses in one
    /// call into a buffer of the right size. Quality 9 of 11: a tenth bigger than 11, ten times faster to build.</summary>
    private static void Write(string path, byte[] raw)
    {
        var compressed = new byte[BrotliEncoder.GetMaxCompressedLength(raw.Length)];
        using (var encoder = new BrotliEncoder(quality: 9, window: 24))
        {
            var status = encoder.Compress(raw, compressed, out _, out var written, isFinalBlock: true);
            if (status != System.Buffers.OperationStatus.Done)
            {
                throw new InvalidDataException($"Brotli compression of {path} failed: {status}");
            }

            var temporary = $"{path}.{Environment.ProcessId}.tmp";
            using (var file = File.Create(temporary))
            {
                Span<byte> length = stackalloc byte[4];
                System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(length, raw.Length);
                file.Write(length);
                file.Write(compressed, 0, written);
            }

            File.Move(temporary, path, overwrite: true);
            Console.WriteLine($"{Path.GetFileName(path)}: {raw.Length:N0} bytes, {written:N0} compressed");
        }
    }
}
