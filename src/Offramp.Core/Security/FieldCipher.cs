using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Offramp.Core.Security;

/// <summary>
/// AES-256-GCM per field. Layout: version(1) | keyId(4) | nonce(12) | tag(16) | ciphertext.
/// The associated data binds a value to its record and field, so a ciphertext copied to another row fails to open.
/// </summary>
public sealed class FieldCipher(KeyRing keys)
{
    private const byte FormatVersion = 1;
    private const int HeaderSize = 1 + 4 + 12 + 16;

    public byte[]? Seal(string? plaintext, Guid recordId, string field)
    {
        if (string.IsNullOrEmpty(plaintext))
        {
            return null;
        }

        var (keyId, key) = keys.ActiveFieldKey;
        var clear = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[HeaderSize + clear.Length];
        output[0] = FormatVersion;
        BinaryPrimitives.WriteInt32BigEndian(output.AsSpan(1, 4), keyId);
        var nonce = output.AsSpan(5, 12);
        RandomNumberGenerator.Fill(nonce);
        using var gcm = new AesGcm(key, 16);
        gcm.Encrypt(nonce, clear, output.AsSpan(HeaderSize), output.AsSpan(17, 16), AssociatedData(recordId, field));
        return output;
    }

    public string? Open(byte[]? sealedValue, Guid recordId, string field)
    {
        if (sealedValue is null || sealedValue.Length == 0)
        {
            return null;
        }

        if (sealedValue.Length < HeaderSize || sealedValue[0] != FormatVersion)
        {
            throw new CryptographicException("Sealed value has an unknown format.");
        }

        var key = keys.FieldKey(KeyIdOf(sealedValue));
        var clear = new byte[sealedValue.Length - HeaderSize];
        using var gcm = new AesGcm(key, 16);
        gcm.Decrypt(sealedValue.AsSpan(5, 12), sealedValue.AsSpan(HeaderSize), sealedValue.AsSpan(17, 16), clear, AssociatedData(recordId, field));
        return Encoding.UTF8.GetString(clear);
    }

    /// <summary>Which key sealed a value; key rotation uses it to find what still needs re-sealing.</summary>
    public static int KeyIdOf(byte[] sealedValue) => BinaryPrimitives.ReadInt32BigEndian(sealedValue.AsSpan(1, 4));

    private static byte[] AssociatedData(Guid recordId, string field) => Encoding.UTF8.GetBytes($"{recordId:N}/{field}");
}
