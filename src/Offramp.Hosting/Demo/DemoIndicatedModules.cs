using Offramp.Core.Access;
using Offramp.Core.Assessments;
using Offramp.Core.Assessments.Consensus;
using Offramp.Core.Assessments.Instruments;
using Offramp.Core.Assessments.Ratings;
using Offramp.Core.CaseTeams;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Plans;
using Offramp.Core.Plans.Proposals;
using Offramp.Core.ProgramCatalogue;
using Offramp.Core.Security;

namespace Offramp.Hosting.Demo;

/// <summary>
/// Plans of the demo's assessment-driven programs (Healthy Identity, and the diversion program that follows its
/// template): an agreed baseline on the open instrument before the plan starts, rated blind by the program's
/// psychologist and faith counsellor and agreed by the director, then the modules its template's rules indicate from
/// that assessment (the same <see cref="ModuleProposer.Classify"/> and <see cref="ModuleChoice"/> the app uses), in the
/// template's order. About one plan in six also has a module the team added by judgement, with its reason.
/// </summary>
internal sealed class DemoIndicatedModules(OfframpDbContext db, FieldCipher cipher, IClock clock, DemoWorld world, InstrumentVersion instrument, InstrumentDefinition definition, Random random,
    HashSet<(Guid Participant, Guid User)> onTeam)
{
    private static readonly string[] LevelCodes = ["absent", "partly", "present"];

    public int Assessed { get; private set; }

    public List<PlanModule> ModulesFor(Guid participantId, Guid programId, DateOnly assessedOn, InterventionPlan plan, ProgramTemplate template)
    {
        var assessment = AgreedBaseline(participantId, programId, assessedOn);
        var agreed = new AgreedAssessment(assessment, definition);
        var basis = new Dictionary<string, AgreedBasis>(StringComparer.Ordinal) { [definition.Name] = new(agreed, [definition]) };
        var modules = template.Modules.OrderBy(m => m.Order).Select(m => ModuleProposer.Classify(m, basis, inPlan: false)).ToList();
        var proposal = new PlanProposal(template.Id, template.Name, true, [new ProposalBasis(definition.Name, assessment.Id, assessedOn, definition.Version)], modules, []);

        // The team adds a module against the proposal now and then, and always when nothing is indicated: a plan needs work.
        var notIndicated = modules.Where(m => m.Indication == ModuleIndication.NotIndicated).ToList();
        var added = notIndicated.Count > 0 && (random.Next(6) == 0 || modules.All(m => m.Indication != ModuleIndication.Indicated))
            ? new[] { new AddedModuleCommand { TemplateModuleId = notIndicated[random.Next(notIndicated.Count)].TemplateModuleId, Reason = "The team judged this module needed although the assessment does not indicate it (demo)." } }
            : [];
        Assessed++;
        return ModuleChoice.Build(plan.Id, proposal, added, cipher, nameof(CreatePlanCommand.AddedModules));
    }

    private Assessment AgreedBaseline(Guid participantId, Guid programId, DateOnly on)
    {
        var psychologist = world.Staff.First(s => s.ProgramId == programId && s.Role == Role.Psychologist).UserId;
        var counsellor = world.Staff.First(s => s.ProgramId == programId && s.Role == Role.FaithCounsellor).UserId;
        var assessment = new Assessment
        {
            OrganisationId = world.Organisation.Id,
            ProgramId = programId,
            ParticipantId = participantId,
            InstrumentVersionId = instrument.Id,
            Kind = AssessmentKind.Baseline,
            AssessedOn = on,
            OpenedByUserId = psychologist,
            OpenedAt = clock.UtcNow,
            Status = AssessmentStatus.Agreed,
            AgreedByUserId = world.Accounts[Role.ProgramDirector].Id,
            AgreedAt = clock.UtcNow,
        };
        var agreed = definition.Items.ToDictionary(i => i.Key, Draw);
        assessment.OverallJudgement = agreed.Values.Count(l => l == "present") >= 5 ? "high" : agreed.Values.Count(l => l == "present") >= 2 ? "moderate" : "low";
        assessment.FormulationSealed = cipher.Seal("Demo formulation: identity bound up with the group; some doubts; family contact resumed.", assessment.Id, "Formulation");
        foreach (var (rater, role) in new[] { (psychologist, Role.Psychologist), (counsellor, Role.FaithCounsellor) })
        {
            var submission = new RaterSubmission { AssessmentId = assessment.Id, RaterUserId = rater, RaterRole = role, SubmittedAt = clock.UtcNow, OverallJudgement = assessment.OverallJudgement };
            submission.Ratings.AddRange(agreed.Select(a => new ItemRating
            {
                SubmissionId = submission.Id,
                ItemKey = a.Key,
                // Raters differ from the agreed level on about one item in six, as blind raters do.
                Level = random.Next(6) == 0 && a.Value != RatingScaleDefinition.UnknownCode ? LevelCodes[(Array.IndexOf(LevelCodes, a.Value) + 1) % 3] : a.Value,
            }));
            db.Set<RaterSubmission>().Add(submission);
            if (onTeam.Add((participantId, rater)))
            {
                db.CaseTeamMembers.Add(new CaseTeamMember { ParticipantId = participantId, UserId = rater, Role = role, From = on });
            }
        }

        foreach (var (key, level) in agreed)
        {
            var rating = new ConsensusRating { AssessmentId = assessment.Id, ItemKey = key, Level = level };
            db.Set<ConsensusRating>().Add(rating);
            assessment.Consensus.Add(rating);
        }

        db.Set<Assessment>().Add(assessment);
        return assessment;
    }

    /// <summary>Risk factors mostly absent or partly present, protective ones mostly present; now and then one the team could not rate.</summary>
    private string Draw(ItemDefinition item)
    {
        var u = random.NextDouble();
        if (u < 0.04)
        {
            return RatingScaleDefinition.UnknownCode;
        }

        return item.Direction == ItemDirection.Risk
            ? u < 0.45 ? "absent" : u < 0.8 ? "partly" : "present"
            : u < 0.15 ? "absent" : u < 0.5 ? "partly" : "present";
    }
}
