using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

using static Offramp.Cli.Languages.CliText;

namespace Offramp.Cli.Backup;

/// <summary>
/// Encrypts a backup with a passphrase: PBKDF2-SHA256 (600,000 iterations) derives an AES-256 key; the content is
/// sealed in 1 MiB AES-GCM chunks whose associated data carries the chunk number and a last-chunk flag, so a chunk
/// cannot be reordered, dropped or the file truncated without decryption failing.
/// Layout: "OFRBAK01" | salt(16) | iterations(4) | chunks of [length(4) | nonce(12) | tag(16) | ciphertext].
/// </summary>
public static class BackupCipher
{
    private const int ChunkSize = 1 << 20;
    private const int Iterations = 600_000;
    private static readonly byte[] Magic = "OFRBAK01"u8.ToArray();

    public static async Task EncryptAsync(Stream plain, Stream output, string passphrase, CancellationToken ct)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        using var gcm = new AesGcm(DeriveKey(passphrase, salt, Iterations), 16);
        await output.WriteAsync(Magic, ct);
        await output.WriteAsync(salt, ct);
        await output.WriteAsync(Int(Iterations), ct);
        var buffer = new byte[ChunkSize];
        var next = new byte[ChunkSize];
        var length = await ReadFullAsync(plain, buffer, ct);
        long index = 0;
        while (true)
        {
            var nextLength = length == ChunkSize ? await ReadFullAsync(plain, next, ct) : 0;
            var last = nextLength == 0;
            var nonce = RandomNumberGenerator.GetBytes(12);
            var tag = new byte[16];
            var cipher = new byte[length];
            gcm.Encrypt(nonce, buffer.AsSpan(0, length), cipher, tag, AssociatedData(index, last));
            await output.WriteAsync(Int(length), ct);
            await output.WriteAsync(nonce, ct);
            await output.WriteAsync(tag, ct);
            await output.WriteAsync(cipher, ct);
            if (last)
            {
                return;
            }

            (buffer, next) = (next, buffer);
            length = nextLength;
            index++;
        }
    }

    public static async Task DecryptAsync(Stream input, Stream plain, string passphrase, CancellationToken ct)
    {
        var header = new byte[Magic.Length + 16 + 4];
        if (await ReadFullAsync(input, header, ct) != header.Length || !header.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw new BackupException(L["this is not an Offramp backup (unknown header)."]);
        }

        var salt = header.AsSpan(Magic.Length, 16).ToArray();
        var iterations = BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(Magic.Length + 16));
        using var gcm = new AesGcm(DeriveKey(passphrase, salt, iterations), 16);
        var frame = new byte[4 + 12 + 16];
        long index = 0;
        while (true)
        {
            var read = await ReadFullAsync(input, frame, ct);
            if (read != frame.Length)
            {
                throw new BackupException(L["the backup is truncated: its last chunk is missing."]);
            }

            var length = BinaryPrimitives.ReadInt32BigEndian(frame);
            if (length is < 0 or > ChunkSize)
            {
                throw new BackupException(L["the backup is damaged (impossible chunk length)."]);
            }

            var cipher = new byte[length];
            if (await ReadFullAsync(input, cipher, ct) != length)
            {
                throw new BackupException(L["the backup is truncated."]);
            }

            var clear = new byte[length];
            var last = input.Position == input.Length;
            try
            {
                gcm.Decrypt(frame.AsSpan(4, 12), cipher, frame.AsSpan(16, 16), clear, AssociatedData(index, last));
            }
            catch (AuthenticationTagMismatchException)
            {
                throw new BackupException(L["the backup cannot be decrypted: wrong passphrase, or the file was altered or truncated."]);
            }

            await plain.WriteAsync(clear, ct);
            if (last)
            {
                return;
            }

            index++;
        }
    }

    private static byte[] DeriveKey(string passphrase, byte[] salt, int iterations) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(passphrase), salt, iterations, HashAlgorithmName.SHA256, 32);

    private static byte[] AssociatedData(long index, bool last) => Encoding.ASCII.GetBytes($"offramp-backup/{index}/{(last ? "last" : "more")}");

    private static byte[] Int(int value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(bytes, value);
        return bytes;
    }

    private static async Task<int> ReadFullAsync(Stream stream, byte[] buffer, CancellationToken ct)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(total), ct);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }
}

/// <summary>A backup problem described for the operator.</summary>
public sealed class BackupException(string message) : Exception(message);
