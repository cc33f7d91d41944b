using System.Security.Cryptography;

namespace Offramp.Core.Participants;

/// <summary>Random pseudonymous codes like "K7M2-Q9XD": no digits/letters that look alike, nothing derived from the person.</summary>
public static class ParticipantCodes
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string New()
    {
        Span<char> chars = stackalloc char[9];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = i == 4 ? '-' : Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(chars);
    }
}
