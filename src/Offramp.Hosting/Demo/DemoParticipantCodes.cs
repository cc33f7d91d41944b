namespace Offramp.Hosting.Demo;

/// <summary>
/// Demo participant codes that look like real ones ("K7M2-Q9XD") but follow from the seed and the participant's
/// place in the organisation, so the same seed gives the same people and the seeders that walk participants in code
/// order draw the same history every time (with random codes, demo figures and the tests over them varied from run
/// to run). The index is spread over all 31^8 codes by an affine map, which is one-to-one, so no two demo participants
/// share a code.
/// </summary>
internal static class DemoParticipantCodes
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private const long Space = 852_891_037_441; // 31^8

    /// <summary>Not a multiple of 31, so multiplying by it permutes the code space.</summary>
    private const long Stride = 387_420_489;

    public static string For(int seed, long index)
    {
        // 128-bit products: index × stride would overflow 64 bits.
        var offset = (UInt128)(uint)seed * 2_654_435_761UL % Space;
        var value = (long)((((UInt128)(ulong)(index % Space) * Stride % Space) + offset) % Space);
        Span<char> chars = stackalloc char[9];
        for (var i = 8; i >= 0; i--)
        {
            if (i == 4)
            {
                chars[i] = '-';
                continue;
            }

            chars[i] = Alphabet[(int)(value % Alphabet.Length)];
            value /= Alphabet.Length;
        }

        return new string(chars);
    }
}
