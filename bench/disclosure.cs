#:project ../src/Offramp.Statistics/Offramp.Statistics.csproj
#:property TreatWarningsAsErrors=true
// Times DisclosureControl.Decide at the size the issue names: 10 years × 3 genders × 10 age bands × 10 outcome statuses
// (3,000 atoms), each year and the cumulative period by total, gender, age band, outcome, gender × outcome and
// age band × outcome (1,694 proposed cells), gender × age band protected too. A third of the atoms are empty and a third
// hold 1 to 9 people. Usage: dotnet run bench/disclosure.cs [runs] [seed]
using System.Diagnostics;
using System.Globalization;

using Offramp.Statistics.Disclosure;

var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 7;
var seed = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20261205;
const int Years = 10, Genders = 3, Ages = 10, Outcomes = 10;
var random = new Random(seed);
var counts = Enumerable.Range(0, Years * Genders * Ages * Outcomes)
    .Select(_ => random.Next(3) switch { 0 => 0L, 1 => random.Next(1, 10), _ => random.Next(10, 41) })
    .ToArray();

int Atom(int y, int g, int a, int o) => (((((y * Genders) + g) * Ages) + a) * Outcomes) + o;

// Cells of years first..last by a breakdown: bit 1 gender, 2 age band, 4 outcome.
IEnumerable<CountCell> Cells(int first, int last, int breakdown)
{
    var period = first == last ? (2021 + last).ToString(CultureInfo.InvariantCulture) : $"{2021 + first}-{2021 + last}";
    var gs = (breakdown & 1) != 0 ? Enumerable.Range(0, Genders).Select(g => (int?)g).ToArray() : [null];
    var ages = (breakdown & 2) != 0 ? Enumerable.Range(0, Ages).Select(a => (int?)a).ToArray() : [null];
    var os = (breakdown & 4) != 0 ? Enumerable.Range(0, Outcomes).Select(o => (int?)o).ToArray() : [null];
    foreach (var g in gs)
    {
        foreach (var a in ages)
        {
            foreach (var o in os)
            {
                var atoms = new List<int>();
                for (var y = first; y <= last; y++)
                {
                    for (var gg = 0; gg < Genders; gg++)
                    {
                        for (var aa = 0; aa < Ages; aa++)
                        {
                            for (var oo = 0; oo < Outcomes; oo++)
                            {
                                if ((g ?? gg) == gg && (a ?? aa) == aa && (o ?? oo) == oo)
                                {
                                    atoms.Add(Atom(y, gg, aa, oo));
                                }
                            }
                        }
                    }
                }

                yield return new CountCell(string.Create(CultureInfo.InvariantCulture, $"{period}/{breakdown}/{g}/{a}/{o}"), atoms);
            }
        }
    }
}

int[] published = [0, 1, 2, 4, 5, 6];
var periods = Enumerable.Range(0, Years).Select(y => (y, y)).Append((0, Years - 1)).ToArray();
var proposed = periods.SelectMany(p => published.SelectMany(b => Cells(p.Item1, p.Item2, b))).ToArray();
var protect = periods.SelectMany(p => Cells(p.Item1, p.Item2, 3)).ToArray();
var problem = new DisclosureProblem(counts, proposed, [], protect);

var decision = DisclosureControl.Decide(problem, DisclosureRules.Default);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"problem: {counts.Length} atoms, {proposed.Length} proposed cells, {protect.Length} more protected; " +
    $"{decision.PrimarySuppressions} primary and {decision.SecondarySuppressions} secondary suppressions, group check complete: {decision.GroupCheckComplete}"));

using var process = Process.GetCurrentProcess();
var times = new List<(double Wall, double Cpu)>();
for (var run = 0; run < runs; run++)
{
    process.Refresh();
    var cpu = process.TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    DisclosureControl.Decide(problem, DisclosureRules.Default);
    clock.Stop();
    process.Refresh();
    times.Add((clock.Elapsed.TotalMilliseconds, (process.TotalProcessorTime - cpu).TotalMilliseconds));
}

var wall = times.Select(t => t.Wall).Order().ToArray();
var cpuTimes = times.Select(t => t.Cpu).Order().ToArray();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Decide, {runs} runs after one warm-up: median {wall[runs / 2]:F0} ms wall ({cpuTimes[runs / 2]:F0} ms processor), fastest {wall[0]:F0} ms"));
