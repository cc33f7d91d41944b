using System.Globalization;

namespace Offramp.Statistics.Disclosure;

/// <summary>
/// What a new evidence bundle wants to publish, what earlier releases already published, and what must stay protected,
/// all over one set of atoms.
/// </summary>
/// <param name="AtomCounts">The true count of each atom (people, never negative).</param>
/// <param name="Proposed">The cells the new bundle wants to publish; keys must be distinct.</param>
/// <param name="AlreadyPublished">
/// Cells earlier releases published. Their exact values are assumed known to everyone: rounding in those releases is not
/// relied on, so a new bundle can never combine with an old one to reveal a small count.
/// </param>
/// <param name="AlsoProtect">
/// Further cells whose small counts must never become derivable, such as every cell any period could have. Every
/// proposed and already-published cell, and every atom, is protected anyway.
/// </param>
public sealed record DisclosureProblem(
    IReadOnlyList<long> AtomCounts,
    IReadOnlyList<CountCell> Proposed,
    IReadOnlyList<CountCell> AlreadyPublished,
    IReadOnlyList<CountCell> AlsoProtect)
{
    /// <summary>A problem with nothing published before and nothing further to protect.</summary>
    public DisclosureProblem(IReadOnlyList<long> atomCounts, IReadOnlyList<CountCell> proposed)
        : this(atomCounts, proposed, [], [])
    {
    }

    /// <summary>Throws on a negative atom count, an atom index out of range or repeated in a cell, or a repeated proposed key.</summary>
    internal void Validate()
    {
        ArgumentNullException.ThrowIfNull(AtomCounts);
        ArgumentNullException.ThrowIfNull(Proposed);
        ArgumentNullException.ThrowIfNull(AlreadyPublished);
        ArgumentNullException.ThrowIfNull(AlsoProtect);
        for (var atom = 0; atom < AtomCounts.Count; atom++)
        {
            if (AtomCounts[atom] < 0)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Atom {atom} has a negative count ({AtomCounts[atom]})."), nameof(AtomCounts));
            }
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cell in Proposed)
        {
            if (!keys.Add(cell.Key))
            {
                throw new ArgumentException($"Two proposed cells have the key '{cell.Key}'.", nameof(Proposed));
            }
        }

        var seen = new HashSet<int>();
        foreach (var cell in Proposed.Concat(AlreadyPublished).Concat(AlsoProtect))
        {
            ArgumentNullException.ThrowIfNull(cell.Atoms, cell.Key);
            seen.Clear();
            foreach (var atom in cell.Atoms)
            {
                if (atom < 0 || atom >= AtomCounts.Count)
                {
                    throw new ArgumentException(
                        string.Create(CultureInfo.InvariantCulture, $"Cell '{cell.Key}' names atom {atom}, outside 0..{AtomCounts.Count - 1}."), nameof(AtomCounts));
                }

                if (!seen.Add(atom))
                {
                    throw new ArgumentException(
                        string.Create(CultureInfo.InvariantCulture, $"Cell '{cell.Key}' names atom {atom} twice."), nameof(AtomCounts));
                }
            }
        }
    }
}
