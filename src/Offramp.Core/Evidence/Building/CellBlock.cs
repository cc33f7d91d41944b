using Offramp.Statistics.Disclosure;

namespace Offramp.Core.Evidence.Building;

/// <summary>
/// The finest groups ("atoms") one part of a bundle is counted over: entry year × gender × age band × completion, and
/// for a metric also the participant's status on it. Every published count is a union of atoms, which is what lets
/// disclosure control see how counts of different bundles and breakdowns add up and subtract. Atoms nobody falls in are
/// left out: treating them as unknown would only make the check stricter, never weaker.
/// </summary>
public sealed class CellBlock
{
    private readonly List<(int Year, int Gender, int AgeBand, int Completion, int Status)> atoms = [];
    private readonly List<long> counts = [];
    private readonly Dictionary<(int, int, int, int, int), int> index = [];

    public IReadOnlyList<long> AtomCounts => counts;

    public void Add(int year, (int Gender, int AgeBand, int Completion) categories, int status = 0)
    {
        var key = (year, categories.Gender, categories.AgeBand, categories.Completion, status);
        if (!index.TryGetValue(key, out var atom))
        {
            index[key] = atom = atoms.Count;
            atoms.Add(key);
            counts.Add(0);
        }

        counts[atom]++;
    }

    /// <summary>The cell of the years <paramref name="years"/> covers, optionally one category of one dimension, and the statuses <paramref name="status"/> accepts.</summary>
    public CountCell Cell(string key, Func<int, bool> years, string? dimension, int category, Func<int, bool> status)
    {
        var members = new List<int>();
        for (var a = 0; a < atoms.Count; a++)
        {
            var (year, gender, ageBand, completion, s) = atoms[a];
            if (!years(year) || !status(s))
            {
                continue;
            }

            var value = dimension switch
            {
                null => category,
                EvidenceDimensions.Gender => gender,
                EvidenceDimensions.AgeBand => ageBand,
                _ => completion,
            };
            if (value == category)
            {
                members.Add(a);
            }
        }

        return new CountCell(key, members);
    }

    public long CountOf(CountCell cell) => cell.Atoms.Sum(a => counts[a]);
}
