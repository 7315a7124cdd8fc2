namespace Extract.Checks;

/// <summary>Compares who two figures are about, whatever the wording: <c>Shanghai courts</c> and <c>Shanghai’s
/// courts</c> are one subject; a figure with no subject is about the document's own (the city).</summary>
internal static class Subjects
{
    public static bool Same(string? a, string? b) => string.Equals(Key(a), Key(b), StringComparison.Ordinal);

    /// <summary>The subject as compared: lower case, without possessives, a leading "the" and extra spaces.</summary>
    public static string Key(string? subject)
    {
        if (string.IsNullOrWhiteSpace(subject))
        {
            return string.Empty;
        }

        var text = subject.Trim().ToLowerInvariant().Replace("’s", string.Empty, StringComparison.Ordinal).Replace("'s", string.Empty, StringComparison.Ordinal);
        if (text.StartsWith("the ", StringComparison.Ordinal))
        {
            text = text[4..];
        }

        return string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
