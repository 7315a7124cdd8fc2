namespace Extract;

/// <summary>The input's bytes are not valid in any of the encodings tried (UTF-8, UTF-16, GB18030), or not in the
/// encoding it declares.</summary>
public sealed class UnknownEncodingException : ExtractException
{
    /// <summary>Creates the error.</summary>
    public UnknownEncodingException(string sourcePath, string problem)
        : base(sourcePath, problem)
    {
    }
}
