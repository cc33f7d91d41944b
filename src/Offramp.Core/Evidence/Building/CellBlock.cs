using Offramp.Statistics.Disclosure;

namespace Offramp.Core.Evidence.Building;

/// <summary>
/// The finest groups ("atoms") one part of a bundle is counted over: entry year × every breakdown dimension (gender,
/// age band, completion, and any coded fields), and for a metric also the participant's status on it. Every published
/// count is a union of atoms, which is what lets disclosure control see how counts of different bundles and breakdowns
/// add up and subtract. Atoms nobody falls in are left out: treating them as unknown would only make the check stricter,
/// never weaker.
/// </summary>
public sealed class CellBlock
{
    private readonly List<Atom> atoms = [];
    private readonly List<long> counts = [];
    private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);

    public IReadOnlyList<long> AtomCounts => counts;

    /// <summary>Counts one participant who entered in <paramref name="year"/>, with a category index per dimension.</summary>
    public void Add(int year, int[] categories, int status = 0)
    {
        var key = $"{year}|{status}|{string.Join(',', categories)}";
        if (!index.TryGetValue(key, out var atom))
        {
            index[key] = atom = atoms.Count;
            atoms.Add(new Atom(year, status, categories));
            counts.Add(0);
        }

        counts[atom]++;
    }

    /// <summary>
    /// The cell of the years <paramref name="years"/> covers and the statuses <paramref name="status"/> accepts,
    /// optionally narrowed to one category of one dimension (its index in <see cref="EvidenceDimensions.Names"/>).
    /// </summary>
    public CountCell Cell(string key, Func<int, bool> years, int? dimension, int category, Func<int, bool> status)
    {
        var members = new List<int>();
        for (var a = 0; a < atoms.Count; a++)
        {
            var atom = atoms[a];
            if (years(atom.Year) && status(atom.Status) && (dimension is not { } d || atom.Categories[d] == category))
            {
                members.Add(a);
            }
        }

        return new CountCell(key, members);
    }

    public long CountOf(CountCell cell) => cell.Atoms.Sum(a => counts[a]);

    private sealed record Atom(int Year, int Status, int[] Categories);
}
