using System.Runtime.InteropServices;

namespace Offramp.Core.Evaluation.Cohorts;

/// <summary>
/// Hashes all 128 bits of a Guid. Guid.GetHashCode XORs its four 32-bit words, which cancels out for ids whose words
/// repeat each other (sequential or generated ids, as in bulk-loaded data): a million-entry dictionary then spends
/// most of its time walking collision chains.
/// </summary>
internal sealed class GuidKeyComparer : IEqualityComparer<Guid>
{
    public static GuidKeyComparer Instance { get; } = new();

    public bool Equals(Guid x, Guid y) => x == y;

    public int GetHashCode(Guid obj)
    {
        var words = MemoryMarshal.Cast<Guid, ulong>(MemoryMarshal.CreateReadOnlySpan(ref obj, 1));
        var mixed = (words[0] * 0x9E3779B97F4A7C15UL) ^ (words[1] * 0xC2B2AE3D27D4EB4FUL);
        return (int)(mixed ^ (mixed >> 32));
    }
}
