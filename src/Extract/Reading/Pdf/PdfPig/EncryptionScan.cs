using System.Text;
using System.Text.RegularExpressions;

namespace Extract.Reading.Pdf.PdfPig;

/// <summary>Finds, in the raw bytes of a file PdfPig could not open, an encryption dictionary PdfPig has no handler for:
/// a security handler other than the standard one, or an algorithm (<c>/V</c>) or revision (<c>/R</c>) the standard
/// handler does not define. PdfPig reports such files as needing a password, or fails inside its key derivation with a
/// division by zero or an argument error; the reader reports them as encryption it does not support.</summary>
internal static partial class EncryptionScan
{
    // The encryption dictionary is small: a few hundred bytes of keys and hashes.
    private const int MaxDictionaryBytes = 16 * 1024;

    // Algorithms 1, 2 and 4 (RC4 and AES-128) and 5 (AES-256); revisions 2 to 6.
    private static readonly int[] Algorithms = [1, 2, 4, 5];
    private static readonly int[] Revisions = [2, 3, 4, 5, 6];

    /// <summary>What is not supported about the file's encryption, or <see langword="null"/> when it is not encrypted,
    /// its encryption dictionary cannot be found, or the standard handler defines what it asks for.</summary>
    public static string? Unsupported(ReadOnlySpan<byte> content)
    {
        var dictionary = EncryptionDictionary(content);
        if (dictionary is null)
        {
            return null;
        }

        var filter = NameValue().Match(dictionary) is { Success: true } f ? f.Groups[1].Value : null;
        if (filter is not null && filter != "Standard")
        {
            return $"the security handler /{filter} is not supported";
        }

        var algorithm = Number(dictionary, "V");
        if (algorithm is { } v && Array.IndexOf(Algorithms, v) < 0)
        {
            return $"the encryption algorithm /V {v} is not one the standard security handler defines";
        }

        var revision = Number(dictionary, "R");
        return revision is { } r && Array.IndexOf(Revisions, r) < 0
            ? $"the security handler revision /R {r} is not one the standard security handler defines"
            : null;
    }

    // The last /Encrypt entry in the file is the one the newest trailer or cross-reference stream holds: either a
    // dictionary written in place or a reference to an object.
    private static string? EncryptionDictionary(ReadOnlySpan<byte> content)
    {
        var at = content.LastIndexOf("/Encrypt"u8);
        if (at < 0)
        {
            return null;
        }

        var tail = Latin1(content[(at + 8)..], 64);
        var reference = Reference().Match(tail);
        if (reference.Success)
        {
            var header = Encoding.ASCII.GetBytes($"{reference.Groups[1].Value} {reference.Groups[2].Value} obj");
            var start = LastObject(content, header);
            return start < 0 ? null : Dictionary(content[(start + header.Length)..]);
        }

        return tail.TrimStart().StartsWith("<<", StringComparison.Ordinal) ? Dictionary(content[(at + 8)..]) : null;
    }

    // The object's header at a line start or after white space, not inside a longer number ("19 0 obj" for "9 0 obj").
    private static int LastObject(ReadOnlySpan<byte> content, byte[] header)
    {
        var end = content.Length;
        while (end > 0)
        {
            var at = content[..end].LastIndexOf(header);
            if (at < 0)
            {
                return -1;
            }

            if (at == 0 || PdfSyntax.IsWhite(content[at - 1]))
            {
                return at;
            }

            end = at;
        }

        return -1;
    }

    // The text from the first "<<" to its matching ">>", or null when it does not close within the bound.
    private static string? Dictionary(ReadOnlySpan<byte> from)
    {
        var open = from[..Math.Min(from.Length, 256)].IndexOf("<<"u8);
        if (open < 0)
        {
            return null;
        }

        var depth = 0;
        var limit = Math.Min(from.Length, open + MaxDictionaryBytes);
        for (var i = open; i + 1 < limit; i++)
        {
            if (from[i] == '<' && from[i + 1] == '<')
            {
                depth++;
                i++;
            }
            else if (from[i] == '>' && from[i + 1] == '>')
            {
                depth--;
                i++;
                if (depth == 0)
                {
                    // Only the top level's keys count: nested dictionaries (crypt filters) have keys of their own.
                    return TopLevel(Latin1(from[open..(i + 1)], MaxDictionaryBytes));
                }
            }
        }

        return null;
    }

    private static string TopLevel(string dictionary)
    {
        var builder = new StringBuilder(dictionary.Length);
        var depth = 0;
        for (var i = 0; i < dictionary.Length; i++)
        {
            if (i + 1 < dictionary.Length && dictionary[i] == '<' && dictionary[i + 1] == '<')
            {
                depth++;
                i++;
                continue;
            }

            if (i + 1 < dictionary.Length && dictionary[i] == '>' && dictionary[i + 1] == '>')
            {
                depth--;
                i++;
                continue;
            }

            if (depth == 1)
            {
                builder.Append(dictionary[i]);
            }
        }

        return builder.ToString();
    }

    private static int? Number(string dictionary, string key)
    {
        var match = Regex.Match(dictionary, @"/" + key + @"\s+([0-9]{1,9})(?![0-9.])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private static string Latin1(ReadOnlySpan<byte> bytes, int max) => Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, max)]);

    [GeneratedRegex(@"^\s*([0-9]{1,10})\s+([0-9]{1,5})\s+R\b", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();

    [GeneratedRegex(@"/Filter\s*/([A-Za-z0-9_.\-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex NameValue();
}
