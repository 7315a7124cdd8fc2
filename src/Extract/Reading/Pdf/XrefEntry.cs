namespace Extract.Reading.Pdf;

/// <summary>Where an object lives: at a byte offset in the file, or at an index inside an object stream.</summary>
/// <param name="Offset">The byte offset, for an object in the file.</param>
/// <param name="StreamNumber">The object stream holding it, or -1 for an object in the file.</param>
/// <param name="Index">Its index inside the object stream.</param>
/// <param name="Generation">The generation, for an object in the file.</param>
internal readonly record struct XrefEntry(long Offset, int StreamNumber, int Index, int Generation)
{
    public bool InObjectStream => StreamNumber >= 0;

    public static XrefEntry InFile(long offset, int generation) => new(offset, -1, 0, generation);

    public static XrefEntry InStream(int streamNumber, int index) => new(0, streamNumber, index, 0);
}
