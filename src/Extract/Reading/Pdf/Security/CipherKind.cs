namespace Extract.Reading.Pdf.Security;

/// <summary>How strings or streams are encrypted (the crypt filter's method).</summary>
internal enum CipherKind
{
    None,
    Rc4,
    Aes128,
    Aes256,
}
