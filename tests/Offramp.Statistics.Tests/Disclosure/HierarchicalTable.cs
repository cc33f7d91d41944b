using System.Globalization;

using Offramp.Statistics.Disclosure;

namespace Offramp.Statistics.Tests.Disclosure;

/// <summary>
/// Counts by calendar year × gender × age band × outcome: the atoms of an evidence bundle. Cells are breakdowns of a
/// period (one year, or cumulative from the first year to a given one) by a subset of the three dimensions.
/// </summary>
public sealed record HierarchicalTable(int Years, int Genders, int Ages, int Outcomes, long[] Counts)
{
    /// <summary>Breakdowns as bit masks: 1 gender, 2 age band, 4 outcome.</summary>
    public const int Gender = 1;

    public const int Age = 2;

    public const int Outcome = 4;

    /// <summary>What bundles publish per period: total, by gender, by age, by outcome, gender × outcome, age × outcome.</summary>
    public static readonly int[] PublishedBreakdowns = [0, Gender, Age, Outcome, Gender | Outcome, Age | Outcome];

    /// <summary>Every breakdown, down to the atoms of one period.</summary>
    public static readonly int[] AllBreakdowns = [0, 1, 2, 3, 4, 5, 6, 7];

    public int Atom(int year, int gender, int age, int outcome) => (((((year * Genders) + gender) * Ages) + age) * Outcomes) + outcome;

    /// <summary>The cells of a period (years first..last) by a breakdown.</summary>
    public IEnumerable<CountCell> Cells(int firstYear, int lastYear, int breakdown)
    {
        var period = firstYear == lastYear
            ? (2021 + lastYear).ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{2021 + firstYear}-{2021 + lastYear}");
        var genders = (breakdown & Gender) != 0 ? Enumerable.Range(0, Genders).Select(g => (int?)g).ToArray() : [null];
        var ages = (breakdown & Age) != 0 ? Enumerable.Range(0, Ages).Select(a => (int?)a).ToArray() : [null];
        var outcomes = (breakdown & Outcome) != 0 ? Enumerable.Range(0, Outcomes).Select(o => (int?)o).ToArray() : [null];
        foreach (var g in genders)
        {
            foreach (var a in ages)
            {
                foreach (var o in outcomes)
                {
                    var atoms = new List<int>();
                    for (var year = firstYear; year <= lastYear; year++)
                    {
                        for (var gender = 0; gender < Genders; gender++)
                        {
                            for (var age = 0; age < Ages; age++)
                            {
                                for (var outcome = 0; outcome < Outcomes; outcome++)
                                {
                                    if ((g ?? gender) == gender && (a ?? age) == age && (o ?? outcome) == outcome)
                                    {
                                        atoms.Add(Atom(year, gender, age, outcome));
                                    }
                                }
                            }
                        }
                    }

                    var parts = new[] { g is { } gv ? $"gender={gv}" : null, a is { } av ? $"age={av}" : null, o is { } ov ? $"outcome={ov}" : null }
                        .Where(part => part is not null);
                    var label = breakdown == 0 ? "total" : string.Join('/', parts);
                    yield return new CountCell($"{period}/{label}", atoms);
                }
            }
        }
    }

    /// <summary>The cells of the periods a release for a year publishes (that year, and cumulative to it) by some breakdowns.</summary>
    public IEnumerable<CountCell> ReleaseCells(int year, IEnumerable<int> breakdowns)
    {
        var periods = year == 0 ? new[] { (0, 0) } : [(year, year), (0, year)];
        return periods.SelectMany(period => breakdowns.SelectMany(breakdown => Cells(period.Item1, period.Item2, breakdown)));
    }

    /// <summary>Every cell any period up to a year could have: protected whatever is published.</summary>
    public IEnumerable<CountCell> AllCellsTo(int year)
    {
        var periods = Enumerable.Range(0, year + 1).Select(y => (y, y)).Concat(Enumerable.Range(1, year).Select(y => (0, y)));
        return periods.SelectMany(period => AllBreakdowns.SelectMany(breakdown => Cells(period.Item1, period.Item2, breakdown)));
    }

    /// <summary>The published cells of a decision with their exact (unrounded) values, as the worst-case attacker knows them.</summary>
    public IEnumerable<DifferencingAttacker.KnownCount> Known(DisclosureDecision decision) => decision.Cells
        .Where(cell => cell.IsPublished)
        .Select(cell => new DifferencingAttacker.KnownCount(cell.Key, cell.Cell.Atoms, cell.Cell.CountIn(Counts)));

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Years} years × {Genders} genders × {Ages} ages × {Outcomes} outcomes: [{string.Join(',', Counts)}]");
}
