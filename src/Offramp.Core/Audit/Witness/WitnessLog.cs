using Offramp.Core.Common;

namespace Offramp.Core.Audit.Witness;

/// <summary>The witness file read back: every line must be a head signed by this installation's key, or the read fails.</summary>
public sealed record WitnessLog(bool Enabled, bool Exists, IReadOnlyList<(int Line, SignedHead Head)> Entries, Phrase? Problem)
{
    public static WitnessLog Read(AuditWitness witness)
    {
        if (witness.Path is null)
        {
            return new WitnessLog(false, false, [], null);
        }

        var lines = WitnessFile.ReadLines(witness.Path);
        if (lines is null)
        {
            return new WitnessLog(true, false, [], null);
        }

        var entries = new List<(int, SignedHead)>(lines.Count);
        foreach (var (number, text) in lines)
        {
            var head = SignedHead.Parse(text);
            if (head is null)
            {
                return new WitnessLog(true, true, entries, Phrase.Of($"line {number} of the witness file is not a signed head: the file was edited or damaged"));
            }

            if (!witness.Verifies(head))
            {
                return new WitnessLog(true, true, entries,
                    Phrase.Of($"line {number} of the witness file (event {head.Sequence}) has an invalid signature: the file was edited or written with another key"));
            }

            entries.Add((number, head));
        }

        return new WitnessLog(true, true, entries, null);
    }
}
