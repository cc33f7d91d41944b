using System.Globalization;
using System.Numerics;

namespace Offramp.Statistics.Tests.Disclosure;

/// <summary>
/// An attacker who knows every published cell's atoms and exact value and recombines them by differencing, written
/// apart from the row-space code it checks (sets of atoms as bitsets, no linear algebra), so a shared mistake cannot
/// hide a disclosure. It tries every difference of two nested published cells, every published cell minus a sum of
/// disjoint published cells inside it, and every sum of disjoint published cells, and reports each derived set of atoms
/// whose true count is 1 to threshold − 1. It is a test oracle, so it may use the true counts to cut combinations that
/// cannot yield a small count; it never uses them to derive anything.
/// </summary>
public static class DifferencingAttacker
{
    /// <summary>A published count the attacker knows exactly.</summary>
    public sealed record KnownCount(string Key, IReadOnlyList<int> Atoms, long Value);

    /// <summary>A set of atoms whose small count the attacker recomputed, and how.</summary>
    public sealed record Finding(string Derivation, IReadOnlyList<int> Atoms, long Count);

    /// <summary>The findings, and whether every combination was tried (false when the search budget ran out).</summary>
    public sealed record Result(IReadOnlyList<Finding> Findings, bool Complete);

    /// <summary>Attacks a set of published counts.</summary>
    /// <param name="atomCounts">The true count of each atom, to tell which derived sets are small.</param>
    /// <param name="published">Every published cell with its exact value.</param>
    /// <param name="threshold">Counts 1 to threshold − 1 are findings.</param>
    /// <param name="budget">The most combinations tried per published cell (and for the sums), so the search stays bounded.</param>
    public static Result Attack(IReadOnlyList<long> atomCounts, IReadOnlyList<KnownCount> published, int threshold, int budget = 200_000)
    {
        ArgumentNullException.ThrowIfNull(atomCounts);
        ArgumentNullException.ThrowIfNull(published);
        var known = published
            .Select(cell => new Known(cell.Key, AtomSet.Of(atomCounts.Count, cell.Atoms), cell.Value))
            .GroupBy(cell => cell.Atoms)
            .Select(group => group.First())
            .ToArray();
        var findings = new Dictionary<AtomSet, Finding>();
        var complete = true;

        void Consider(string derivation, AtomSet atoms, long value)
        {
            var count = atoms.CountIn(atomCounts);
            if (count != value)
            {
                throw new InvalidOperationException($"The derivation {derivation} gives {value} but the atoms hold {count}: a published value is wrong.");
            }

            if (count >= 1 && count < threshold)
            {
                findings.TryAdd(atoms, new Finding(derivation, atoms.Members(), count));
            }
        }

        // Published values themselves, and every difference of two nested published cells.
        foreach (var a in known)
        {
            Consider(a.Key, a.Atoms, a.Value);
            foreach (var b in known)
            {
                if (!ReferenceEquals(a, b) && b.Atoms.IsSubsetOf(a.Atoms))
                {
                    Consider($"{a.Key} − {b.Key}", a.Atoms.Minus(b.Atoms), a.Value - b.Value);
                }
            }
        }

        // Every published cell minus a sum of disjoint published cells inside it. The packings are built atom by atom, the
        // atom with the largest true count first: it is either left in the remainder (only while the remainder stays
        // below the threshold, since counts are never negative) or covered by one of the cells that contain it. Every
        // packing with a small remainder is reached, and packings whose remainder cannot be small are cut.
        var byCount = Enumerable.Range(0, atomCounts.Count).Where(atom => atomCounts[atom] > 0).OrderByDescending(atom => atomCounts[atom]).ToArray();
        foreach (var total in known)
        {
            var inside = known.Where(cell => !ReferenceEquals(cell, total) && cell.Atoms.IsSubsetOf(total.Atoms) && !cell.Atoms.IsEmpty).ToArray();
            var atoms = byCount.Where(total.Atoms.Contains).ToArray();
            var tried = 0;
            var chosen = new List<Known>();
            var visited = new HashSet<(AtomSet, AtomSet)>();

            void Pack(AtomSet covered, AtomSet leftOut, long leftOutCount, long value)
            {
                // Packings with the same union leave the same remainder and the same choices: one of them is enough.
                if (!visited.Add((covered, leftOut)))
                {
                    return;
                }

                var next = Array.FindIndex(atoms, atom => !covered.Contains(atom) && !leftOut.Contains(atom));
                if (next < 0)
                {
                    if (chosen.Count > 0)
                    {
                        Consider($"{total.Key} − ({string.Join(" + ", chosen.Select(cell => cell.Key))})", total.Atoms.Minus(covered), value);
                    }

                    return;
                }

                if (++tried > budget)
                {
                    complete = false;
                    return;
                }

                var atom = atoms[next];
                if (leftOutCount + atomCounts[atom] < threshold)
                {
                    Pack(covered, leftOut.With(atom), leftOutCount + atomCounts[atom], value);
                }

                foreach (var cell in inside)
                {
                    if (cell.Atoms.Contains(atom) && !cell.Atoms.Overlaps(covered) && !cell.Atoms.Overlaps(leftOut))
                    {
                        chosen.Add(cell);
                        Pack(covered.Union(cell.Atoms), leftOut, leftOutCount, value - cell.Value);
                        chosen.RemoveAt(chosen.Count - 1);
                    }
                }
            }

            Pack(AtomSet.Of(atomCounts.Count, []), AtomSet.Of(atomCounts.Count, []), 0, total.Value);
        }

        // Every sum of disjoint published cells, cut as soon as the sum reaches the threshold.
        var ascending = known.Where(cell => !cell.Atoms.IsEmpty).OrderBy(cell => cell.Value).ToArray();
        var sums = 0;
        var parts = new List<Known>();

        void Add(int start, AtomSet union, long value)
        {
            for (var i = start; i < ascending.Length; i++)
            {
                if (value + ascending[i].Value >= threshold)
                {
                    return;
                }

                if (ascending[i].Atoms.Overlaps(union))
                {
                    continue;
                }

                if (++sums > budget)
                {
                    complete = false;
                    return;
                }

                parts.Add(ascending[i]);
                var next = union.Union(ascending[i].Atoms);
                Consider(string.Join(" + ", parts.Select(cell => cell.Key)), next, value + ascending[i].Value);
                Add(i + 1, next, value + ascending[i].Value);
                parts.RemoveAt(parts.Count - 1);
            }
        }

        Add(0, AtomSet.Of(atomCounts.Count, []), 0);
        return new Result([.. findings.Values], complete);
    }

    /// <summary>Describes findings for an assertion message.</summary>
    public static string Describe(IEnumerable<Finding> findings) => string.Join(
        Environment.NewLine,
        findings.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Count} people in [{string.Join(',', f.Atoms)}] = {f.Derivation}")));

    private sealed record Known(string Key, AtomSet Atoms, long Value);

    /// <summary>An immutable set of atoms as a bitset, with value equality.</summary>
    private sealed class AtomSet : IEquatable<AtomSet>
    {
        private readonly ulong[] words;

        private AtomSet(ulong[] words) => this.words = words;

        public bool IsEmpty => words.All(word => word == 0);

        public static AtomSet Of(int atomCount, IEnumerable<int> atoms)
        {
            var words = new ulong[(atomCount + 63) / 64];
            foreach (var atom in atoms)
            {
                words[atom / 64] |= 1UL << (atom % 64);
            }

            return new AtomSet(words);
        }

        public bool Contains(int atom) => (words[atom / 64] & (1UL << (atom % 64))) != 0;

        public AtomSet With(int atom)
        {
            var copy = (ulong[])words.Clone();
            copy[atom / 64] |= 1UL << (atom % 64);
            return new AtomSet(copy);
        }

        public bool IsSubsetOf(AtomSet other) => words.Select((word, i) => (word & ~other.words[i]) == 0).All(x => x);

        public bool Overlaps(AtomSet other) => words.Select((word, i) => (word & other.words[i]) != 0).Any(x => x);

        public AtomSet Minus(AtomSet other) => new([.. words.Select((word, i) => word & ~other.words[i])]);

        public AtomSet Union(AtomSet other) => new([.. words.Select((word, i) => word | other.words[i])]);

        public long CountIn(IReadOnlyList<long> atomCounts) => Members().Sum(atom => atomCounts[atom]);

        public List<int> Members()
        {
            var members = new List<int>();
            for (var w = 0; w < words.Length; w++)
            {
                for (var bits = words[w]; bits != 0; bits &= bits - 1)
                {
                    members.Add((w * 64) + BitOperations.TrailingZeroCount(bits));
                }
            }

            return members;
        }

        public bool Equals(AtomSet? other) => other is not null && words.AsSpan().SequenceEqual(other.words);

        public override bool Equals(object? obj) => Equals(obj as AtomSet);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            foreach (var word in words)
            {
                hash.Add(word);
            }

            return hash.ToHashCode();
        }
    }
}
