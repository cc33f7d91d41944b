using Offramp.Core.Evidence.Publishing;
using Offramp.Core.Organisations;

namespace Offramp.Hosting.Demo.Hub;

/// <summary>
/// The other publishers of the demo hub. Their names are invented; their shapes follow what DOMAIN.md reports of real
/// programs: prison and probation work with high completion, returnee programs with juveniles among them, community
/// exit work with more early leavers.
/// </summary>
public static class SyntheticOrganisations
{
    public static readonly IReadOnlyList<SyntheticProgram> Demo =
    [
        new("Nordlys Exit Network", "Exit mentoring (community)", ProgramKind.Community, ProgramAims.Disengagement | ProgramAims.Reintegration,
            "Norway", "Scandinavia", [Movement.FarRight, Movement.Jihadist], 820, 2019, 0.62, 0.018, 1.9, 0.45, 0.18),
        new("Nordlys Exit Network", "Prison dialogue program", ProgramKind.Prison, ProgramAims.Disengagement | ProgramAims.Deradicalization,
            "Norway", "Scandinavia", [Movement.Jihadist], 560, 2020, 0.74, 0.012, 2.2, 0.38, 0.08),
        new("Horizon Reintegration Trust", "Returnee reception and reintegration", ProgramKind.Returnee, ProgramAims.Deradicalization | ProgramAims.Reintegration,
            "Kenya", "East Africa", [Movement.Jihadist], 1240, 2018, 0.7, 0.01, 1.7, 0.35, 0.3),
        new("Horizon Reintegration Trust", "Probation disengagement support", ProgramKind.Probation, ProgramAims.Disengagement | ProgramAims.Rehabilitation,
            "Kenya", "East Africa", [Movement.Jihadist, Movement.EthnoNationalist], 780, 2019, 0.66, 0.016, 2.0, 0.4, 0.12),
        new("Horizon Reintegration Trust", "Alternatives to prosecution for young people", ProgramKind.AlternativeToProsecution, ProgramAims.Disengagement | ProgramAims.Rehabilitation,
            "Kenya", "East Africa", [Movement.Jihadist], 600, 2021, 0.71, 0.014, 1.6, 0.5, 0.2),
        new("Horizon Reintegration Trust", "Prison disengagement (high security)", ProgramKind.Prison, ProgramAims.Disengagement | ProgramAims.Rehabilitation,
            "Kenya", "East Africa", [Movement.Jihadist], 700, 2019, 0.68, 0.013, 2.1, 0.3, 0.06),
        new("Bridges Reintegration Alliance", "Prison exit program", ProgramKind.Prison, ProgramAims.Disengagement | ProgramAims.Reintegration,
            "Germany", "Western Europe", [Movement.FarRight, Movement.Jihadist], 900, 2018, 0.72, 0.011, 1.8, 0.5, 0.1),
        new("Bridges Reintegration Alliance", "Community exit counselling", ProgramKind.Community, ProgramAims.Disengagement | ProgramAims.Deradicalization,
            "Germany", "Western Europe", [Movement.FarRight, Movement.FarLeft], 1000, 2018, 0.58, 0.015, 1.7, 0.55, 0.22),
        new("Bridges Reintegration Alliance", "Returnee family support", ProgramKind.Returnee, ProgramAims.Deradicalization | ProgramAims.Reintegration,
            "Germany", "Western Europe", [Movement.Jihadist], 560, 2019, 0.75, 0.009, 1.9, 0.45, 0.4),
        new("Bridges Reintegration Alliance", "Probation mentoring", ProgramKind.Probation, ProgramAims.Disengagement | ProgramAims.Rehabilitation,
            "Germany", "Western Europe", [Movement.FarRight], 820, 2020, 0.7, 0.014, 2.0, 0.5, 0.12),
    ];

    /// <summary>
    /// <paramref name="count"/> programs over organisations of five programs each, for sizing a hub (bench/): kinds,
    /// regions and rates vary with the index, reproducibly.
    /// </summary>
    public static IEnumerable<SyntheticProgram> Many(int count)
    {
        var kinds = Enum.GetValues<ProgramKind>();
        string[] regions = ["Scandinavia", "Western Europe", "East Africa", "Sahel", "South Asia", "Middle East", "Southeast Asia", "North America"];
        var random = new Random(count);
        for (var i = 0; i < count; i++)
        {
            var region = regions[i / 5 % regions.Length];
            yield return new SyntheticProgram($"Synthetic publisher {(i / 5) + 1:D3}", $"Program {i + 1:D4}", kinds[i % kinds.Length],
                ProgramAims.Disengagement | (i % 2 == 0 ? ProgramAims.Reintegration : ProgramAims.Deradicalization), region, region,
                [(Movement)(i % 4)], 150 + random.Next(600), 2018 + random.Next(4), 0.5 + (random.NextDouble() * 0.35),
                0.008 + (random.NextDouble() * 0.015), 1.3 + random.NextDouble(), 0.25 + (random.NextDouble() * 0.3), 0.05 + (random.NextDouble() * 0.25));
        }
    }
}
