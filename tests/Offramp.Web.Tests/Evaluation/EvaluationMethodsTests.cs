using Offramp.Core.Evaluation.Reports;
using Offramp.Core.Evaluation.Reports.Methods;
using Offramp.Core.Outcomes;
using Offramp.Core.Participants;
using Offramp.Core.Stages;
using Offramp.Statistics.Competing;
using Offramp.Statistics.Regression;
using Offramp.Statistics.Weighting;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Evaluation;

/// <summary>
/// The report's adjusted hazard ratio, cumulative incidence and weighted comparison, through the API and the page on
/// both databases, equal the statistics library's figures (themselves tested against R's coxph, cuminc and glm) on the
/// same follow-up worked out from the cases; where the data cannot support a method, the report says so in words.
/// </summary>
public sealed class EvaluationMethodsTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    private const int ReleasedDaysAgo = 1000;

    [Theory]
    [BothProviders]
    public async Task Completers_and_early_leavers_get_the_library_s_adjusted_hazard_ratio_incidence_and_weighted_comparison(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var program = await world.CreateEvaluationProgramAsync("Methods");
        var metric = await world.DefineAsync(program, EvaluationCalls.NoViolentReconviction());
        var people = Cohort(seed: 14, perGroup: 60);
        await world.AddEvaluationCasesAsync(program, people.Select(p => p.Case));

        var report = await world.ReportAsync(program);

        var methods = Assert.Single(report.Metrics, m => m.Metric.Id == metric).Methods!;
        var expected = Expected(people);

        var hr = methods.HazardRatio!;
        Assert.Equal(("Completed", "Left early"), (hr.Group, hr.Reference));
        Assert.Equal(["gender", "age band"], hr.AdjustedFor);
        Assert.Equal((expected.Cox.N, expected.Cox.Events), (hr.N, hr.Events));
        Close(expected.Cox.Coefficients[0].HazardRatio, hr.HazardRatio);
        Close(expected.Cox.Coefficients[0].Lower, hr.Lower!.Value);
        Close(expected.Cox.Coefficients[0].Upper, hr.Upper!.Value);
        Close(expected.Cox.Coefficients[0].PValue, hr.PValue!.Value);
        Assert.Contains(hr.Warnings, w => w.ToString().StartsWith("Prior offences are not recorded", StringComparison.Ordinal));

        var ci = methods.CumulativeIncidence!;
        Assert.Equal(4, ci.Rows.Count);
        foreach (var curve in expected.Incidence.Curves)
        {
            var row = Assert.Single(ci.Rows, r => r.Group == curve.Group && r.Cause == (curve.Cause == 1 ? CompetingIncidences.OutcomeCause : CompetingIncidences.CompetingCause));
            Assert.Equal((curve.N, curve.Events), (row.N, row.Events));
            Close(curve.Horizons[0].Estimate, row.Estimate!.Value);
            Close(curve.Horizons[0].Lower, row.Lower!.Value);
            Close(curve.Horizons[0].Upper, row.Upper!.Value);
        }

        Close(expected.Incidence.Tests.Single(t => t.Cause == 1).PValue, ci.GrayPValue!.Value);
        Assert.Contains(ci.Warnings, w => w.ToString().EndsWith("ended in death or deportation before the outcome.", StringComparison.Ordinal));

        // Completers are mostly women and early leavers mostly men: unbalanced, so the weighted comparison is shown.
        var weighted = methods.Weighted!;
        Assert.Equal(expected.Weighted.Balance.Select(b => b.Name), weighted.Balance.Select(b => b.Covariate));
        Assert.True(Math.Abs(weighted.Balance.Single(b => b.Covariate == "genderMale").DifferenceBefore!.Value) >= 0.1);
        for (var j = 0; j < weighted.Balance.Count; j++)
        {
            Close(expected.Weighted.Balance[j].StandardisedDifference, weighted.Balance[j].DifferenceBefore!.Value);
            Close(expected.Weighted.Balance[j].WeightedStandardisedDifference, weighted.Balance[j].DifferenceAfter!.Value);
        }

        Close(expected.Weighted.HazardRatio.Coefficients[0].HazardRatio, weighted.HazardRatio);
        Close(expected.Weighted.HazardRatio.Coefficients[0].Lower, weighted.Lower!.Value);
        Close(expected.Weighted.HazardRatio.Coefficients[0].Upper, weighted.Upper!.Value);
        Close(expected.Weighted.Weights.EffectiveSampleSizeTreated, weighted.EffectiveSizeGroup);

        using var page = await PageSession.SignInAsync(world, Persona.Evaluator);
        var html = await page.GetPageAsync($"/Evaluation?ProgramId={program}");
        Assert.Contains("data-testid=\"adjusted-hazard-ratio\"", html, StringComparison.Ordinal);
        Assert.Contains(Offramp.Reports.Evaluation.ReportFigures.Interval(hr.HazardRatio, hr.Lower, hr.Upper), html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"cumulative-incidence\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"balance\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task Where_the_data_cannot_support_a_method_the_report_says_why(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var program = await world.CreateEvaluationProgramAsync("Unsupported");
        var metric = await world.DefineAsync(program, EvaluationCalls.NoViolentReconviction());

        // Nobody has died and nobody's year of birth is recorded; gender is the same in both groups, so balanced.
        await world.AddEvaluationCasesAsync(program,
        [
            .. Enumerable.Range(0, 8).Select(i => new EvaluationCase(Stage: Stage.FollowUp, YearOfBirth: null, Outcomes: i < 2 ? [(OutcomeType.ReconvictionOtherViolent, 700 - i)] : null)),
            .. Enumerable.Range(0, 8).Select(i => new EvaluationCase(Stage: Stage.Withdrawn, YearOfBirth: null, Outcomes: i < 5 ? [(OutcomeType.ReconvictionOtherViolent, 800 - i)] : null)),
        ]);

        var report = await world.ReportAsync(program);

        var result = Assert.Single(report.Metrics, m => m.Metric.Id == metric);
        var methods = result.Methods!;
        Assert.Null(methods.CumulativeIncidence);
        Assert.Null(methods.Weighted);
        Assert.Contains("No follow-up ended in death or deportation, so the Kaplan–Meier risk needs no correction for competing outcomes.", methods.Notes.Select(n => n.ToString()));
        Assert.Contains("No covariate is recorded for everyone compared, so the groups cannot be weighted to resemble each other.", methods.Notes.Select(n => n.ToString()));

        // Only the group is left in the model: the hazard ratio is unadjusted, says why, and warns of the few events.
        var hr = methods.HazardRatio!;
        Assert.Empty(hr.AdjustedFor);
        Assert.Contains("The age band is not recorded for 16 of the 16 participants compared, so no figure is adjusted for it.", hr.Warnings.Select(w => w.ToString()));
        Assert.Contains("Everyone compared has the same gender (Male), so there is nothing to adjust for.", hr.Warnings.Select(w => w.ToString()));
        Assert.Contains(hr.Warnings, w => w.ToString().StartsWith("Only 7 events", StringComparison.Ordinal));
        var cox = CoxRegression.Fit(new CoxModelInput(
            [.. Enumerable.Range(0, 8).Select(i => i < 2 ? Months(ReleasedDaysAgo - (700 - i)) : Months(ReleasedDaysAgo)),
             .. Enumerable.Range(0, 8).Select(i => i < 5 ? Months(ReleasedDaysAgo - (800 - i)) : Months(ReleasedDaysAgo))],
            [.. Enumerable.Range(0, 8).Select(i => i < 2), .. Enumerable.Range(0, 8).Select(i => i < 5)],
            [Covariate.Categorical("group", [.. Enumerable.Repeat(1, 8), .. Enumerable.Repeat(0, 8)], ["Left early", "Completed"])]));
        Close(cox.Coefficients[0].HazardRatio, hr.HazardRatio);
    }

    [Theory]
    [BothProviders]
    public async Task A_group_without_events_gets_no_hazard_ratio_but_a_reason(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var program = await world.CreateEvaluationProgramAsync("NoEvents");
        var metric = await world.DefineAsync(program, EvaluationCalls.NoViolentReconviction());
        await world.AddEvaluationCasesAsync(program,
        [
            .. Enumerable.Range(0, 12).Select(i => new EvaluationCase(Stage: Stage.FollowUp, Gender: i % 2 == 0 ? Gender.Female : Gender.Male)),
            .. Enumerable.Range(0, 12).Select(i => new EvaluationCase(Stage: Stage.Withdrawn, Gender: i % 2 == 0 ? Gender.Female : Gender.Male, Outcomes: i < 6 ? [(OutcomeType.ReconvictionTerrorism, 600 + i)] : null)),
        ]);

        var report = await world.ReportAsync(program);

        var methods = Assert.Single(report.Metrics, m => m.Metric.Id == metric).Methods!;
        Assert.Null(methods.HazardRatio);
        Assert.Contains(methods.Notes, n => n.ToString().StartsWith("An adjusted hazard ratio cannot be estimated from these data: ", StringComparison.Ordinal) && n.ToString().Contains("runs to 0 or infinity", StringComparison.Ordinal));
    }

    [Theory]
    [BothProviders]
    public async Task Against_an_imported_group_the_hazard_ratio_is_adjusted_for_gender_only_and_incidence_is_the_program_s(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var program = await world.CreateEvaluationProgramAsync("External methods");
        var metric = await world.DefineAsync(program, EvaluationCalls.NoViolentReconviction());

        // The program: 30 people, alternately women and men; every third reconvicted, two others died first.
        await world.AddEvaluationCasesAsync(program, Enumerable.Range(0, 30).Select(i => new EvaluationCase(
            Gender: i % 2 == 0 ? Gender.Female : Gender.Male,
            Outcomes: i % 3 == 0 ? [(OutcomeType.ReconvictionOtherViolent, 900 - (i * 20))] : i is 1 or 2 ? [(OutcomeType.Death, 500 + i)] : null)));
        var imported = Enumerable.Range(0, 30).Select(i => (Months: 3.0 + i, Event: i % 2 == 0, Gender: i < 20 ? Gender.Male : Gender.Female)).ToList();
        var csv = "months_at_risk,event,gender\n" + string.Concat(imported.Select(r => FormattableString.Invariant($"{r.Months},{(r.Event ? 1 : 0)},{r.Gender}\n")));
        var groupId = await (await world.Client(Persona.Evaluator).SendJsonAsync(HttpMethod.Post, $"/api/v1/programs/{program}/evaluation/comparison-groups",
            new { Name = "Probation", Definition = "violent reconviction, probation caseload", Csv = csv }).ExpectAsync(System.Net.HttpStatusCode.Created)).ReadCreatedIdAsync();

        var report = await world.ReportAsync(program, Persona.Evaluator, $"?comparisonGroupId={groupId}");

        var methods = Assert.Single(report.Metrics, m => m.Metric.Id == metric).Methods!;
        double[] programMonths = [.. Enumerable.Range(0, 30).Select(i => Months(i % 3 == 0 ? 100 + (i * 20) : i is 1 or 2 ? 500 - i : ReleasedDaysAgo))];
        var cox = CoxRegression.Fit(new CoxModelInput(
            [.. programMonths, .. imported.Select(r => r.Months)],
            [.. Enumerable.Range(0, 30).Select(i => i % 3 == 0), .. imported.Select(r => r.Event)],
            [
                Covariate.Categorical("group", [.. Enumerable.Repeat(1, 30), .. Enumerable.Repeat(0, 30)], ["Probation", "This program"]),
                Covariate.Categorical("gender", [.. Enumerable.Range(0, 30).Select(i => i % 2), .. imported.Select(r => r.Gender == Gender.Female ? 0 : 1)], ["Female", "Male"]),
            ]));
        var hr = methods.HazardRatio!;
        Assert.Equal(("This program", "Probation", "gender"), (hr.Group, hr.Reference, Assert.Single(hr.AdjustedFor)));
        Close(cox.Coefficients[0].HazardRatio, hr.HazardRatio);
        Close(cox.Coefficients[0].PValue, hr.PValue!.Value);
        Assert.Contains("The imported comparison group records no age or prior offences, so no figure is adjusted for them.", hr.Warnings.Select(w => w.ToString()));

        var incidence = CompetingRisks.Analyze(programMonths, [.. Enumerable.Range(0, 30).Select(i => i % 3 == 0 ? 1 : i is 1 or 2 ? 2 : 0)], horizons: [24]);
        var ci = methods.CumulativeIncidence!;
        Assert.Equal(["All", "All"], ci.Rows.Select(r => r.Group));
        Close(incidence.Curves.Single(c => c.Cause == 1).Horizons[0].Estimate, ci.Rows.Single(r => r.Cause == CompetingIncidences.OutcomeCause).Estimate!.Value);
        Close(incidence.Curves.Single(c => c.Cause == 2).Horizons[0].Estimate, ci.Rows.Single(r => r.Cause == CompetingIncidences.CompetingCause).Estimate!.Value);
        Assert.Null(ci.GrayPValue);
        Assert.Contains("The imported comparison group records no deaths or deportations, so cumulative incidence is shown for this program only.", methods.Notes.Select(n => n.ToString()));
    }

    private static double Months(int days) => days / MetricObservations.DaysPerMonth;

    private static void Close(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-9 * Math.Max(1, Math.Abs(expected)), $"expected {expected:R}, report says {actual:R}");

    /// <summary>A participant with the follow-up the report should derive from them.</summary>
    private sealed record Person(EvaluationCase Case, bool Completed, Gender Gender, bool Older, double Months, bool Event, bool Died);

    /// <summary>
    /// Completers (70% women) and early leavers (30% women), born 1960 or 2000, released 1,000 days ago; some reconvicted
    /// of violence, some died first (a competing outcome), the rest followed to today.
    /// </summary>
    private static List<Person> Cohort(int seed, int perGroup)
    {
        var random = new Random(seed);
        var people = new List<Person>();
        foreach (var completed in new[] { true, false })
        {
            for (var i = 0; i < perGroup; i++)
            {
                var gender = random.NextDouble() < (completed ? 0.7 : 0.3) ? Gender.Female : Gender.Male;
                var older = random.Next(2) == 0;
                var roll = random.NextDouble();
                var day = random.Next(20, 980);
                var reconvicted = roll < (completed ? 0.25 : 0.45) + (gender == Gender.Male ? 0.1 : 0);
                var died = !reconvicted && roll > 0.88;
                IReadOnlyList<(OutcomeType, int)>? outcomes = reconvicted ? [(OutcomeType.ReconvictionOtherViolent, ReleasedDaysAgo - day)]
                    : died ? [(i % 2 == 0 ? OutcomeType.Death : OutcomeType.Deportation, ReleasedDaysAgo - day)]
                    : null;
                var @case = new EvaluationCase(Gender: gender, YearOfBirth: older ? 1960 : 2000, ReleasedDaysAgo: ReleasedDaysAgo,
                    Stage: completed ? Stage.FollowUp : Stage.Withdrawn, Outcomes: outcomes);
                people.Add(new Person(@case, completed, gender, older, Months(reconvicted || died ? day : ReleasedDaysAgo), reconvicted, died));
            }
        }

        return people;
    }

    private static (CoxResult Cox, CompetingRisksResult Incidence, WeightedComparisonResult Weighted) Expected(List<Person> people)
    {
        var months = people.Select(p => p.Months).ToArray();
        var events = people.Select(p => p.Event).ToArray();
        var completed = people.Select(p => p.Completed).ToArray();
        Covariate[] covariates =
        [
            Covariate.Categorical("gender", [.. people.Select(p => p.Gender == Gender.Female ? 0 : 1)], ["Female", "Male"]),
            Covariate.Categorical("age band", [.. people.Select(p => p.Older ? 1 : 0)], ["18-24", "45 and over"]),
        ];
        var cox = CoxRegression.Fit(new CoxModelInput(months, events,
            [Covariate.Categorical("group", [.. completed.Select(c => c ? 1 : 0)], ["Left early", "Completed"]), .. covariates]));
        var incidence = CompetingRisks.Analyze(months, [.. people.Select(p => p.Event ? 1 : p.Died ? 2 : 0)],
            [.. completed.Select(c => c ? 0 : 1)], ["Completed", "Left early"], horizons: [24]);
        var weighted = WeightedComparison.Analyze("group", completed, covariates, months, events);
        return (cox, incidence, weighted);
    }
}
