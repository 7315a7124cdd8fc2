namespace Extract;

/// <summary>The PDF is encrypted with a user password, and none, or a wrong one, was given.</summary>
public sealed class PasswordRequiredException : ExtractException
{
    /// <summary>Creates the error.</summary>
    /// <param name="sourcePath">The file.</param>
    /// <param name="passwordGiven">Whether a password was given (and was wrong).</param>
    public PasswordRequiredException(string sourcePath, bool passwordGiven)
        : base(sourcePath, passwordGiven
            ? "the PDF is encrypted and the password given is wrong"
            : "the PDF is encrypted with a user password; give it in the PDF reader's options")
    {
        PasswordGiven = passwordGiven;
    }

    /// <summary>Whether a password was given (and was wrong).</summary>
    public bool PasswordGiven { get; }
}
