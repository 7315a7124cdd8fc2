namespace Extract;

/// <summary>A data file the library was asked to load (a dictionary, a model table) does not exist.</summary>
public sealed class DataFileNotFoundException : ExtractException
{
    /// <summary>Creates the error.</summary>
    public DataFileNotFoundException(string sourcePath, string what)
        : base(sourcePath, $"the {what} does not exist")
    {
    }
}
