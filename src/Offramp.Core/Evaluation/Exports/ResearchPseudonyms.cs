using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Offramp.Core.Evaluation.Exports;

/// <summary>
/// Keyed pseudonyms and date offsets for one recipient. The key is derived from the key ring's blind-index key and the
/// recipient's name, so two recipients get unrelated pseudonyms (their files cannot be joined), while the same
/// recipient gets the same pseudonym for a participant in every export (waves can be linked). Never the participant
/// code, which staff say aloud and which appears elsewhere. The date offset is derived the same way: consistent within
/// a participant, so intervals between their events are exact.
/// </summary>
public sealed class ResearchPseudonyms
{
    public const int MaxShiftDays = 182;

    private readonly byte[] key;

    public ResearchPseudonyms(byte[] blindIndexKey, string recipient)
    {
        var label = Encoding.UTF8.GetBytes("offramp research export v1\n" + Normalise(recipient));
        key = HMACSHA256.HashData(blindIndexKey, label);
    }

    public static string Normalise(string recipient) => string.Join(' ', recipient.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    public string Of(Guid participantId)
    {
        Span<byte> input = stackalloc byte[17];
        input[0] = (byte)'p';
        participantId.TryWriteBytes(input[1..]);
        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(key, input, hash);
        return "R" + Convert.ToHexString(hash[..10]);
    }

    /// <summary>Days to add to every date of the participant, from -182 to +182.</summary>
    public int ShiftDays(Guid participantId)
    {
        Span<byte> input = stackalloc byte[17];
        input[0] = (byte)'d';
        participantId.TryWriteBytes(input[1..]);
        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(key, input, hash);
        return (int)(BinaryPrimitives.ReadUInt32LittleEndian(hash) % ((2 * MaxShiftDays) + 1)) - MaxShiftDays;
    }
}
