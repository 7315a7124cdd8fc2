namespace Extract.Reading.Pdf;

/// <summary>A rectangle in default user space (points).</summary>
internal readonly record struct PageBox(double Left, double Bottom, double Right, double Top)
{
    public static PageBox A4 { get; } = new(0, 0, 595.28, 841.89);

    public double Width => Right - Left;

    public double Height => Top - Bottom;
}
