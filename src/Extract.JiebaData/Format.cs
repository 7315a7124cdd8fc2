namespace Extract.JiebaData;

/// <summary>Names and versions shared with the library's reader (kept in step by hand; the reader checks the
/// magic and version of each table).</summary>
internal static class Format
{
    public const string DictionaryFile = "jieba.dict.br";
    public const string HmmFile = "jieba.hmm.br";
    public const string PosFile = "jieba.pos.br";

    /// <summary>"EXJ" and a table letter, then a version byte.</summary>
    public const byte Version = 1;

    /// <summary>md5 of jieba 0.42.1's <c>dict.txt</c> (LF line ends).</summary>
    public const string DictionaryMd5 = "897a1f17ca8c08caa37a36f92e2da441";
}
