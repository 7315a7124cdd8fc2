namespace Extract.Reading.Pdf;

/// <summary>The number and generation of an indirect object.</summary>
internal readonly record struct ObjectId(int Number, int Generation);
