using System.Security.Cryptography;
using System.Text;

namespace Extract.Reading.Pdf.Security;

/// <summary>The standard security handler (ISO 32000-1 7.6.3, ISO 32000-2 7.6.4): finds the file key from the user
/// (or owner) password, then decrypts strings and streams object by object.</summary>
internal sealed class StandardSecurityHandler
{
    private static readonly byte[] Padding =
    [
        0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
        0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
    ];

    private readonly byte[] _key;
    private readonly CipherKind _strings;
    private readonly CipherKind _streams;

    private StandardSecurityHandler(byte[] key, CipherKind strings, CipherKind streams)
    {
        _key = key;
        _strings = strings;
        _streams = streams;
    }

    /// <summary>Opens the handler described by <paramref name="encrypt"/>.</summary>
    /// <exception cref="EncryptedDocumentException">The handler or its revision is not supported.</exception>
    /// <exception cref="PasswordRequiredException">Neither the empty password nor the given one opens the file.</exception>
    public static StandardSecurityHandler Open(PdfDictionary encrypt, byte[] firstId, string? password, string sourcePath)
    {
        if (encrypt.NameOf("Filter") is { } filter && filter != "Standard")
        {
            throw new EncryptedDocumentException(sourcePath, $"the PDF is encrypted with the {filter} security handler, which is not supported");
        }

        var v = IntOf(encrypt, "V", 0);
        var r = IntOf(encrypt, "R", 2);
        var o = BytesOf(encrypt, "O");
        var u = BytesOf(encrypt, "U");
        var p = IntOf(encrypt, "P", 0);
        var encryptMetadata = encrypt["EncryptMetadata"] is not PdfBoolean { Value: false };
        var (strings, streams) = Ciphers(encrypt, v);
        var candidates = password is null ? new[] { string.Empty } : [password, string.Empty];
        foreach (var candidate in candidates)
        {
            byte[]? key;
            if (r >= 5)
            {
                key = AuthenticateAes256(candidate, r, o, u, BytesOf(encrypt, "OE"), BytesOf(encrypt, "UE"));
            }
            else if (r is >= 2 and <= 4)
            {
                // Key length in bits: 40 for V1, 128 for crypt filters (V4) unless said; a few writers give bytes.
                var length = v == 1 ? 40 : IntOf(encrypt, "Length", v >= 4 ? 128 : 40);
                length = length is > 0 and <= 16 ? length * 8 : length;
                var keyLength = r == 2 ? 5 : Math.Clamp(length / 8, 5, 16);
                key = AuthenticateUser(Pad(candidate), r, keyLength, o, u, p, firstId, encryptMetadata)
                      ?? AuthenticateOwner(candidate, r, keyLength, o, u, p, firstId, encryptMetadata);
            }
            else
            {
                throw new EncryptedDocumentException(sourcePath, $"the PDF uses revision {r} of the standard security handler, which is not supported");
            }

            if (key is not null)
            {
                return new StandardSecurityHandler(key, strings, streams);
            }
        }

        throw new PasswordRequiredException(sourcePath, passwordGiven: !string.IsNullOrEmpty(password));
    }

    public byte[] DecryptString(ObjectId id, byte[] data) => Decrypt(_strings, id, data);

    public byte[] DecryptStream(ObjectId id, byte[] data) => Decrypt(_streams, id, data);

    private byte[] Decrypt(CipherKind cipher, ObjectId id, byte[] data)
    {
        switch (cipher)
        {
            case CipherKind.Rc4:
                return Rc4.Transform(ObjectKey(id, aes: false), data);
            case CipherKind.Aes128:
                return AesCbc(ObjectKey(id, aes: true), data);
            case CipherKind.Aes256:
                return AesCbc(_key, data);
            default:
                return data;
        }
    }

    // Algorithm 1: the file key extended by the object number and generation, hashed.
    private byte[] ObjectKey(ObjectId id, bool aes)
    {
        var input = new byte[_key.Length + 5 + (aes ? 4 : 0)];
        _key.CopyTo(input, 0);
        var n = _key.Length;
        input[n] = (byte)id.Number;
        input[n + 1] = (byte)(id.Number >> 8);
        input[n + 2] = (byte)(id.Number >> 16);
        input[n + 3] = (byte)id.Generation;
        input[n + 4] = (byte)(id.Generation >> 8);
        if (aes)
        {
            "sAlT"u8.CopyTo(input.AsSpan(n + 5));
        }

        var hash = MD5.HashData(input);
        return hash[..Math.Min(_key.Length + 5, 16)];
    }

    private static byte[] AesCbc(byte[] key, byte[] data)
    {
        if (data.Length < 32 || data.Length % 16 != 0)
        {
            // An IV alone (an empty string) or a damaged string: nothing to decrypt.
            return data.Length < 32 ? [] : data;
        }

        using var aes = Aes.Create();
        aes.Key = key;
        try
        {
            return aes.DecryptCbc(data.AsSpan(16), data.AsSpan(0, 16), PaddingMode.PKCS7);
        }
        catch (CryptographicException)
        {
            return aes.DecryptCbc(data.AsSpan(16), data.AsSpan(0, 16), PaddingMode.None);
        }
    }

    private static (CipherKind Strings, CipherKind Streams) Ciphers(PdfDictionary encrypt, int v)
    {
        if (v < 4)
        {
            return (CipherKind.Rc4, CipherKind.Rc4);
        }

        var filters = encrypt["CF"] as PdfDictionary;
        CipherKind Of(string? name)
        {
            // No crypt filter named, or the Identity one: that kind of data is not encrypted.
            if (name is null or "Identity")
            {
                return CipherKind.None;
            }

            var method = (filters?[name] as PdfDictionary)?.NameOf("CFM");
            return method switch
            {
                "AESV2" => CipherKind.Aes128,
                "AESV3" => CipherKind.Aes256,
                "V2" => CipherKind.Rc4,
                _ => CipherKind.None,
            };
        }

        return (Of(encrypt.NameOf("StrF")), Of(encrypt.NameOf("StmF")));
    }

    // Algorithm 2: the file key from a (padded) user password.
    private static byte[] FileKey(byte[] padded, int r, int keyLength, byte[] o, int p, byte[] firstId, bool encryptMetadata)
    {
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        md5.AppendData(padded);
        md5.AppendData(o.AsSpan(0, Math.Min(32, o.Length)));
        md5.AppendData([(byte)p, (byte)(p >> 8), (byte)(p >> 16), (byte)(p >> 24)]);
        md5.AppendData(firstId);
        if (r >= 4 && !encryptMetadata)
        {
            md5.AppendData([0xFF, 0xFF, 0xFF, 0xFF]);
        }

        var hash = md5.GetHashAndReset();
        if (r >= 3)
        {
            for (var i = 0; i < 50; i++)
            {
                hash = MD5.HashData(hash.AsSpan(0, keyLength));
            }
        }

        return hash[..keyLength];
    }

    // Algorithms 4, 5 and 6: the key is right if it encrypts the padding (with the ID, from revision 3) into /U.
    private static byte[]? AuthenticateUser(byte[] padded, int r, int keyLength, byte[] o, byte[] u, int p, byte[] firstId, bool encryptMetadata)
    {
        var key = FileKey(padded, r, keyLength, o, p, firstId, encryptMetadata);
        if (r == 2)
        {
            return Rc4.Transform(key, Padding).AsSpan().SequenceEqual(u.AsSpan(0, Math.Min(32, u.Length))) ? key : null;
        }

        var hash = MD5.HashData([.. Padding, .. firstId]);
        var value = Rc4.Transform(key, hash);
        var round = new byte[key.Length];
        for (var i = 1; i <= 19; i++)
        {
            for (var k = 0; k < key.Length; k++)
            {
                round[k] = (byte)(key[k] ^ i);
            }

            value = Rc4.Transform(round, value);
        }

        return u.Length >= 16 && value.AsSpan(0, 16).SequenceEqual(u.AsSpan(0, 16)) ? key : null;
    }

    // Algorithm 7: the owner password decrypts /O into the user password.
    private static byte[]? AuthenticateOwner(string password, int r, int keyLength, byte[] o, byte[] u, int p, byte[] firstId, bool encryptMetadata)
    {
        var hash = MD5.HashData(Pad(password));
        if (r >= 3)
        {
            for (var i = 0; i < 50; i++)
            {
                hash = MD5.HashData(hash);
            }
        }

        var key = hash[..keyLength];
        var user = o.AsSpan(0, Math.Min(32, o.Length)).ToArray();
        if (r == 2)
        {
            user = Rc4.Transform(key, user);
        }
        else
        {
            var round = new byte[key.Length];
            for (var i = 19; i >= 0; i--)
            {
                for (var k = 0; k < key.Length; k++)
                {
                    round[k] = (byte)(key[k] ^ i);
                }

                user = Rc4.Transform(round, user);
            }
        }

        return AuthenticateUser(user, r, keyLength, o, u, p, firstId, encryptMetadata);
    }

    // Revisions 5 and 6 (AES-256): /U and /O hold a hash, a validation salt and a key salt; /UE and /OE the file key
    // encrypted with a hash made with the key salt.
    private static byte[]? AuthenticateAes256(string password, int r, byte[] o, byte[] u, byte[] oe, byte[] ue)
    {
        if (u.Length < 48 || o.Length < 48)
        {
            return null;
        }

        var pw = Encoding.UTF8.GetBytes(password.Normalize(NormalizationForm.FormKC));
        if (pw.Length > 127)
        {
            pw = pw[..127];
        }

        if (Hash(pw, u.AsSpan(32, 8), [], r).AsSpan().SequenceEqual(u.AsSpan(0, 32)))
        {
            return DecryptKey(Hash(pw, u.AsSpan(40, 8), [], r), ue);
        }

        var userKey = u.AsSpan(0, 48).ToArray();
        if (Hash(pw, o.AsSpan(32, 8), userKey, r).AsSpan().SequenceEqual(o.AsSpan(0, 32)))
        {
            return DecryptKey(Hash(pw, o.AsSpan(40, 8), userKey, r), oe);
        }

        return null;
    }

    private static byte[]? DecryptKey(byte[] intermediate, byte[] encrypted)
    {
        if (encrypted.Length < 32)
        {
            return null;
        }

        using var aes = Aes.Create();
        aes.Key = intermediate;
        return aes.DecryptCbc(encrypted.AsSpan(0, 32), new byte[16], PaddingMode.None);
    }

    // Algorithm 2.A (R5: one SHA-256) and 2.B (R6: SHA-256/384/512 rounds driven by AES-128 encryption).
    private static byte[] Hash(byte[] password, ReadOnlySpan<byte> salt, byte[] userKey, int r)
    {
        var k = SHA256.HashData([.. password, .. salt, .. userKey]);
        if (r == 5)
        {
            return k;
        }

        using var aes = Aes.Create();
        for (var round = 0; ; round++)
        {
            var single = password.Length + k.Length + userKey.Length;
            var k1 = new byte[single * 64];
            for (var i = 0; i < 64; i++)
            {
                var at = i * single;
                password.CopyTo(k1, at);
                k.CopyTo(k1, at + password.Length);
                userKey.CopyTo(k1, at + password.Length + k.Length);
            }

            aes.Key = k[..16];
            var e = aes.EncryptCbc(k1, k.AsSpan(16, 16), PaddingMode.None);
            var sum = 0;
            for (var i = 0; i < 16; i++)
            {
                sum += e[i];
            }

            k = (sum % 3) switch
            {
                0 => SHA256.HashData(e),
                1 => SHA384.HashData(e),
                _ => SHA512.HashData(e),
            };
            if (round >= 63 && e[^1] <= round - 32)
            {
                break;
            }
        }

        return k[..32];
    }

    private static byte[] Pad(string password)
    {
        var bytes = Encoding.Latin1.GetBytes(password);
        var padded = new byte[32];
        var n = Math.Min(32, bytes.Length);
        bytes.AsSpan(0, n).CopyTo(padded);
        Padding.AsSpan(0, 32 - n).CopyTo(padded.AsSpan(n));
        return padded;
    }

    private static int IntOf(PdfDictionary d, string key, int fallback) => d[key] is PdfNumber n ? n.Bits : fallback;

    private static byte[] BytesOf(PdfDictionary d, string key) => d[key] is PdfString s ? s.Bytes : [];
}
