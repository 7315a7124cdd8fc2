using Extract.Reading.Pdf.Fonts;

namespace Extract.Reading.Pdf.Content;

/// <summary>The parts of the graphics state (8.4) and text state (9.3) that place text; saved by <c>q</c>.</summary>
internal sealed record GraphicsState
{
    public Matrix Ctm { get; init; } = Matrix.Identity;

    public PdfFont? Font { get; init; }

    public int FontIndex { get; init; } = -1;

    public bool FontIsBold { get; init; }

    public double FontSize { get; init; }

    public double CharacterSpacing { get; init; }

    public double WordSpacing { get; init; }

    public double HorizontalScaling { get; init; } = 1;

    public double Leading { get; init; }

    public double Rise { get; init; }

    public int RenderMode { get; init; }
}
