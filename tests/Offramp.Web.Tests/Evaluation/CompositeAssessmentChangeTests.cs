using Offramp.Core.Assessments;
using Offramp.Core.Assessments.Consensus;
using Offramp.Core.Audit;
using Offramp.Core.Evaluation.Metrics;
using Offramp.Core.Outcomes;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Evaluation;

/// <summary>
/// A composite with an assessment component: "no violent reconviction within 24 months of release" and "protective
/// factors rose by the 12-month review", defined through the API. Success means both; a member counts only where both
/// can be determined (released, and an agreed baseline with an agreed review within three months of the 12-month point).
/// The expected counts are worked out by hand from the seeded people below.
/// </summary>
public sealed class CompositeAssessmentChangeTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    private const string Rose = "present";
    private const string Same = "partly";
    private const string Fell = "absent";

    [Theory]
    [BothProviders]
    public async Task A_composite_with_protective_factors_rising_counts_exactly_those_who_meet_both(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var program = await world.CreateEvaluationProgramAsync("Composite with assessment");
        var definition = TestWorld.OpenInstrument();
        var instrument = await world.ImportInstrumentAsync(definition);
        var reconviction = await world.DefineAsync(program, EvaluationCalls.NoViolentReconviction());
        var protective = await world.DefineAsync(program, new DefineMetricCommand
        {
            Name = "Protective factors rose by the 12-month review",
            Kind = MetricKind.AssessmentChange,
            InstrumentName = definition["name"]!.GetValue<string>(),
            Focus = AssessmentFocus.ProtectiveRose,
            HorizonMonths = 12,
        });
        var composite = await world.DefineAsync(program, EvaluationCalls.Composite("No violent reconviction and protective factors rose", reconviction, protective), Persona.Evaluator);

        // Released 1,000 days ago (followed past the 730.5-day horizon) unless said otherwise; the baseline 900 days ago,
        // the review 535 days ago, i.e. 365 days later (the 12-month point is 365.25 days).
        var reconvicted = new (OutcomeType, int)[] { (OutcomeType.ReconvictionOtherViolent, 900) };
        var people = new List<(EvaluationCase Case, string? Review, int ReviewDaysAgo)>
        {
            // 3 rose, never reconvicted: success on both, so on the composite.
            (new(), Rose, 535), (new(), Rose, 535), (new(), Rose, 535),

            // 2 rose but reconvicted 100 days after release; 2 stayed the same; 1 fell and was reconvicted: failures.
            (new(Outcomes: reconvicted), Rose, 535), (new(Outcomes: reconvicted), Rose, 535),
            (new(), Same, 535), (new(), Same, 535),
            (new(Outcomes: reconvicted), Fell, 535),

            // Released 500 days ago, rose, not reconvicted: included, unresolved until its 24 months have passed.
            (new(ReleasedDaysAgo: 500), Rose, 535),

            // Rose but not released: not at risk of reconviction, so left out.
            (new(ReleasedDaysAgo: null), Rose, 535),

            // A baseline only; a review 200 days after the baseline (outside 365 ± 92 days): no pair, so left out.
            (new(), null, 0),
            (new(), Rose, 700),
        };
        var ids = await world.AddEvaluationCasesAsync(program, people.Select(p => p.Case));

        // Never assessed: left out.
        await world.AddEvaluationCasesAsync(program, [new(), new()]);
        await AgreedAssessmentsAsync(world, program, instrument, [.. ids.Zip(people, (id, p) => (id, p.Review, p.ReviewDaysAgo))]);

        var report = await world.ReportAsync(program, Persona.Evaluator, "?comparison=None");

        Assert.Equal(14, report.CohortSize);
        var result = Assert.Single(report.Metrics, m => m.Metric.Id == composite);
        Assert.Equal(MetricKind.Composite, result.Metric.Kind);
        Assert.Equal([reconviction, protective], result.Metric.ComponentMetricIds);

        // In both components: the 9 released people with a pair. Left out: 2 never assessed, the baseline only, the
        // review outside the window (4 without a pair) and the one not released.
        Assert.Equal(9, result.Included);
        Assert.Equal(5, result.NotApplicable);
        Assert.StartsWith("5 for whom a component cannot be determined", result.NotApplicableReason?.ToString(), StringComparison.Ordinal);

        // Resolved on both: the 8 released 1,000 days ago; successes: the 3 who rose and were not reconvicted.
        Assert.Equal((3, 8, 1), (result.Rate!.Successes, result.Rate.N, result.Rate.Unresolved));
        Assert.Equal(0.375, result.Rate.Proportion!.Value, 12);

        // The components alone: 7 of the 10 pairs rose; 9 of the 12 resolved released people were not reconvicted.
        var change = Assert.Single(report.Metrics, m => m.Metric.Id == protective);
        Assert.Equal((10, 4), (change.Included, change.NotApplicable));
        Assert.Equal((7, 10), (change.Change!.Improved.Successes, change.Change.Improved.N));
        var alone = Assert.Single(report.Metrics, m => m.Metric.Id == reconviction);
        Assert.Equal((9, 12, 1), (alone.Rate!.Successes, alone.Rate.N, alone.Rate.Unresolved));
    }

    /// <summary>
    /// Agreed assessments dated years back, written as the demo seeds them: the API dates an assessment by when it is
    /// opened and needs the raters on the participant's team, which these coded evaluation cases have none of. Every
    /// baseline has the protective items partly present; the review has them at <c>review</c> (risk items stay partly).
    /// </summary>
    private static Task AgreedAssessmentsAsync(TestWorld world, Guid programId, Guid instrumentId, IReadOnlyList<(Guid Participant, string? Review, int ReviewDaysAgo)> people) =>
        world.DbAsync(async db =>
        {
            foreach (var (participant, review, reviewDaysAgo) in people)
            {
                Agreed(participant, AssessmentKind.Baseline, 900, Same);
                if (review is not null)
                {
                    Agreed(participant, AssessmentKind.Scheduled, reviewDaysAgo, review);
                }
            }

            await db.SaveChangesAsync();

            void Agreed(Guid participant, AssessmentKind kind, int daysAgo, string protectiveLevel)
            {
                var assessment = new Assessment
                {
                    OrganisationId = world.OrganisationId,
                    ProgramId = programId,
                    ParticipantId = participant,
                    InstrumentVersionId = instrumentId,
                    Kind = kind,
                    AssessedOn = TestWorld.DaysAgo(daysAgo),
                    OpenedByUserId = world.UserId(Persona.Director),
                    OpenedAt = DateTimeOffset.UtcNow,
                    Status = AssessmentStatus.Agreed,
                    OverallJudgement = "moderate",
                    AgreedByUserId = world.UserId(Persona.Director),
                    AgreedAt = DateTimeOffset.UtcNow,
                };
                db.Set<Assessment>().Add(assessment);
                foreach (var item in TestWorld.OpenInstrumentItems)
                {
                    var isProtective = item is not ("SR1" or "CO1" or "ID1" or "IG1" or "AO1" or "NE1" or "NA1" or "NW1");
                    db.Set<ConsensusRating>().Add(new ConsensusRating { AssessmentId = assessment.Id, ItemKey = item, Level = isProtective ? protectiveLevel : Same });
                }

                db.Audit.Record(AuditActions.Create, AuditEntities.Assessment, assessment.Id, participant, "agreed assessment (test fixture)");
            }
        });
}
