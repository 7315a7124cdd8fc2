namespace Extract.Reading.Pdf.Filters;

/// <summary>Undoes the PNG (10–15) and TIFF (2) predictors that Flate and LZW data may carry (7.4.4.4), as xref
/// streams do.</summary>
internal static class Predictor
{
    public static byte[] Undo(byte[] data, int predictor, int colors, int bitsPerComponent, int columns)
    {
        if (predictor <= 1)
        {
            return data;
        }

        colors = Math.Clamp(colors, 1, 32);
        bitsPerComponent = bitsPerComponent is 1 or 2 or 4 or 8 or 16 ? bitsPerComponent : 8;
        columns = Math.Max(1, columns);
        var bytesPerPixel = Math.Max(1, colors * bitsPerComponent / 8);
        var rowLength = ((colors * bitsPerComponent * columns) + 7) / 8;
        if (predictor == 2)
        {
            return UndoTiff(data, bytesPerPixel, rowLength, bitsPerComponent);
        }

        var rows = data.Length / (rowLength + 1);
        var output = new byte[rows * rowLength];
        var previous = new byte[rowLength];
        for (var r = 0; r < rows; r++)
        {
            var type = data[r * (rowLength + 1)];
            var source = data.AsSpan((r * (rowLength + 1)) + 1, rowLength);
            var row = output.AsSpan(r * rowLength, rowLength);
            for (var i = 0; i < rowLength; i++)
            {
                var left = i >= bytesPerPixel ? row[i - bytesPerPixel] : 0;
                var up = previous[i];
                var upLeft = i >= bytesPerPixel ? previous[i - bytesPerPixel] : 0;
                row[i] = type switch
                {
                    1 => (byte)(source[i] + left),
                    2 => (byte)(source[i] + up),
                    3 => (byte)(source[i] + ((left + up) >> 1)),
                    4 => (byte)(source[i] + Paeth(left, up, upLeft)),
                    _ => source[i],
                };
            }

            row.CopyTo(previous);
        }

        return output;
    }

    private static byte[] UndoTiff(byte[] data, int bytesPerPixel, int rowLength, int bitsPerComponent)
    {
        if (bitsPerComponent != 8)
        {
            return data;
        }

        var output = (byte[])data.Clone();
        for (var start = 0; start + rowLength <= output.Length; start += rowLength)
        {
            for (var i = bytesPerPixel; i < rowLength; i++)
            {
                output[start + i] = (byte)(output[start + i] + output[start + i - bytesPerPixel]);
            }
        }

        return output;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
