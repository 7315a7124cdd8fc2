using System.Globalization;

namespace Extract.Alignment;

/// <summary>The numbers of a text as written in digits (<c>3,200</c> and <c>3200</c> alike, <c>15.54</c>), without
/// scale words: the anchors that both editions state alike even before their units are understood.</summary>
public static class WrittenNumbers
{
    /// <summary>The numbers written in digits in <paramref name="text"/>, in order.</summary>
    public static IEnumerable<decimal> In(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var values = new List<decimal>();
        Span<char> digits = stackalloc char[32];
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiDigit(text[i]) || (i > 0 && (char.IsAsciiLetter(text[i - 1]) || char.IsAsciiDigit(text[i - 1]))))
            {
                i++;
                continue;
            }

            var length = 0;
            var start = i;
            var sawPoint = false;
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsAsciiDigit(c))
                {
                    if (length < digits.Length)
                    {
                        digits[length++] = c;
                    }
                }
                else if (c == ',' && !sawPoint && IsThousandsGroup(text, i + 1))
                {
                    // a thousands separator: skip it
                }
                else if (c == '.' && !sawPoint && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
                {
                    sawPoint = true;
                    if (length < digits.Length)
                    {
                        digits[length++] = '.';
                    }
                }
                else
                {
                    break;
                }

                i++;
            }

            // A number glued to letters ("G60", "5G") is part of a name, not a figure.
            if (i < text.Length && char.IsAsciiLetter(text[i]) && i - start < 4)
            {
                continue;
            }

            if (decimal.TryParse(digits[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                values.Add(value);
            }
        }

        return values;
    }

    private static bool IsThousandsGroup(string text, int start)
    {
        if (start + 3 > text.Length)
        {
            return false;
        }

        for (var k = start; k < start + 3; k++)
        {
            if (!char.IsAsciiDigit(text[k]))
            {
                return false;
            }
        }

        return start + 3 == text.Length || !char.IsAsciiDigit(text[start + 3]);
    }
}
