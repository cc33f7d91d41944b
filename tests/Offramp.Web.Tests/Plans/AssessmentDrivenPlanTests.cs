using System.Net;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Assessments.Instruments;
using Offramp.Core.Audit;
using Offramp.Core.Plans;
using Offramp.Core.Plans.Proposals;
using Offramp.Core.ProgramCatalogue;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Plans;

/// <summary>
/// The shipped Healthy Identity Intervention template is assessment-driven: a plan takes the modules the latest agreed
/// assessment on the open instrument indicates, each with the ratings that indicated it; the practitioner may add
/// another with a reason; without an agreed assessment the proposal and the plan say so instead of taking everything.
/// </summary>
public sealed class AssessmentDrivenPlanTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    public const string OpenPathways = "Open Pathways Review";

    private static readonly string[] Protective = ["SR2", "SR3", "CO2", "ID2", "IG2", "AO2", "NE2", "NA2", "NW2"];

    /// <summary>Risk factors absent and protective factors present (nothing indicated), then the hand-picked ratings.</summary>
    public static Dictionary<string, string> Ratings(params (string Item, string Level)[] overrides)
    {
        var levels = TestWorld.OpenInstrumentItems.ToDictionary(i => i, i => Protective.Contains(i) ? "present" : "absent");
        foreach (var (item, level) in overrides)
        {
            levels[item] = level;
        }

        return levels;
    }

    /// <summary>
    /// Worked by hand from program-templates/healthy-identity-intervention.json: NE1 partly meets Foundation (NE1 at
    /// least partly); ID1 partly meets Personal identity (ID1 at least partly) but not Self-image (at least present);
    /// NW1 present meets Group involvement (a risk item of networks at least partly); SR3 partly meets Moving on (at
    /// most partly). AO1 unknown meets nothing and IG1 partly is below Seeking change's "present"; coping is fine.
    /// </summary>
    public static readonly (string Item, string Level)[] HandWorked = [("NE1", "partly"), ("ID1", "partly"), ("NW1", "present"), ("AO1", "unknown"), ("IG1", "partly"), ("SR3", "partly")];

    public static readonly (string Module, ModuleIndication Indication, string[] Because)[] Expected =
    [
        ("Engagement and insight", ModuleIndication.Offered, []),
        ("Foundation", ModuleIndication.Indicated, ["NE1"]),
        ("Mindfulness", ModuleIndication.NotIndicated, []),
        ("Personal identity", ModuleIndication.Indicated, ["ID1"]),
        ("Group involvement and conflict", ModuleIndication.Indicated, ["NW1"]),
        ("Self-image", ModuleIndication.NotIndicated, []),
        ("Seeking change", ModuleIndication.NotIndicated, []),
        ("Moving on", ModuleIndication.Indicated, ["SR3"]),
    ];

    [Theory]
    [BothProviders]
    public async Task The_proposal_follows_the_latest_agreed_assessment_exactly_and_the_plan_keeps_the_templates_order(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var instrument = await UseHiiAsync(world);
        var participant = (await world.AssessedCaseAsync()).ParticipantId;
        // An older agreed assessment that would indicate everything, and a newer one still being rated: neither counts.
        await AgreedAsync(world, participant, instrument, 60, Ratings([.. TestWorld.OpenInstrumentItems.Select(i => (i, Protective.Contains(i) ? "absent" : "present"))]));
        var latest = await AgreedAsync(world, participant, instrument, 20, Ratings(HandWorked));
        var open = await world.OpenAssessmentAsync(participant, instrument, daysAgo: 2, kind: Core.Assessments.AssessmentKind.Scheduled);
        await world.RateAsync(participant, open, Persona.Psychologist, TestWorld.Ratings("present"));

        var proposal = await ProposalAsync(world, participant);

        Assert.True(proposal.AssessmentDriven);
        Assert.Equal(latest, Assert.Single(proposal.Assessments).AssessmentId);
        Assert.Empty(proposal.Notices);
        Assert.Equal(Expected.Select(e => (e.Module, e.Indication)), proposal.Modules.Select(m => (m.Name, m.Indication)));
        foreach (var (module, _, because) in Expected)
        {
            Assert.Equal(because, proposal.Modules.Single(m => m.Name == module).Findings.Where(f => f.Met).Select(f => f.ItemKey));
        }

        var foundation = proposal.Modules.Single(m => m.Name == "Foundation").Findings.Single(f => f.Met);
        Assert.Equal(("needs", "partly", "Partly or possibly present", ThresholdKind.AtLeast, "partly"),
            (foundation.DomainKey, foundation.Level, foundation.LevelLabel, foundation.ThresholdKind, foundation.ThresholdLevel));
        var seeking = proposal.Modules.Single(m => m.Name == "Seeking change").Findings;
        Assert.Equal(["AO1", "AO2", "IG1"], seeking.Select(f => f.ItemKey));
        Assert.Equal("unknown", seeking[0].Level);

        // A module the assessment does not indicate can be added, but only with a reason; an indicated one needs none.
        var mindfulness = proposal.Modules.Single(m => m.Name == "Mindfulness").TemplateModuleId;
        var noReason = NewPlan(new AddedModuleCommand { TemplateModuleId = mindfulness, Reason = "  " });
        await world.WriteFormulationAsync(participant);
        var refused = await ProblemJson.ReadAsync(await PostPlanAsync(world, participant, noReason), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("professional judgement", refused.ErrorsFor("AddedModules[0].Reason")[0], StringComparison.Ordinal);
        var foundationId = proposal.Modules.Single(m => m.Name == "Foundation").TemplateModuleId;
        var twice = await ProblemJson.ReadAsync(await PostPlanAsync(world, participant, NewPlan(new AddedModuleCommand { TemplateModuleId = foundationId, Reason = "Wanted." })),
            HttpStatusCode.UnprocessableEntity);
        Assert.Contains("already proposed", twice.ErrorsFor("AddedModules[0].TemplateModuleId")[0], StringComparison.Ordinal);
        Assert.Equal(0, await world.DbAsync(db => db.Set<InterventionPlan>().CountAsync(p => p.ParticipantId == participant)));

        var reason = "Anger at the hearing last week: the team wants the coping work now.";
        await PostPlanAsync(world, participant, NewPlan(new AddedModuleCommand { TemplateModuleId = mindfulness, Reason = reason })).ExpectAsync(HttpStatusCode.Created);

        var plan = await world.GetPlanAsync(participant);
        Assert.Equal(
            [("Engagement and insight", PlanModuleBasis.Template), ("Foundation", PlanModuleBasis.Indicated), ("Mindfulness", PlanModuleBasis.Judgement),
             ("Personal identity", PlanModuleBasis.Indicated), ("Group involvement and conflict", PlanModuleBasis.Indicated), ("Moving on", PlanModuleBasis.Indicated)],
            plan.Modules.Select(m => (m.Name, m.Basis!.Value)));
        Assert.Equal(reason, plan.Modules.Single(m => m.Name == "Mindfulness").Judgement);
        var indicated = plan.Modules.Single(m => m.Name == "Group involvement and conflict");
        Assert.Equal(latest, indicated.IndicatedByAssessmentId);
        Assert.Contains("NW1", indicated.IndicationReason, StringComparison.Ordinal);
        Assert.Contains("Clearly present", indicated.IndicationReason, StringComparison.Ordinal);
        Assert.Equal(3, plan.Modules.Single(m => m.Name == "Foundation").ExpectedSessions);
    }

    [Theory]
    [BothProviders]
    public async Task Without_an_agreed_assessment_the_proposal_says_so_and_the_plan_is_not_filled_silently(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var instrument = await UseHiiAsync(world);
        var participant = (await world.AssessedCaseAsync()).ParticipantId;
        var open = await world.OpenAssessmentAsync(participant, instrument, daysAgo: 3);
        await world.RateAsync(participant, open, Persona.Psychologist, TestWorld.Ratings("present"));

        var proposal = await ProposalAsync(world, participant);

        var notice = Assert.Single(proposal.Notices);
        Assert.Contains($"no agreed assessment on {OpenPathways}", notice.ToString(), StringComparison.Ordinal);
        Assert.Null(Assert.Single(proposal.Assessments).AssessmentId);
        Assert.Equal(ModuleIndication.Offered, proposal.Modules[0].Indication);
        Assert.All(proposal.Modules.Skip(1), m => Assert.Equal(ModuleIndication.NotAssessed, m.Indication));
        Assert.Equal(8, proposal.Modules.Count);

        await world.WriteFormulationAsync(participant);
        var refused = await ProblemJson.ReadAsync(await PostPlanAsync(world, participant, NewPlan()), HttpStatusCode.UnprocessableEntity);
        Assert.Contains($"no agreed assessment on {OpenPathways}", refused.ErrorsFor("AddedModules")[0], StringComparison.Ordinal);
        Assert.Equal(0, await world.DbAsync(db => db.Set<InterventionPlan>().CountAsync(p => p.ParticipantId == participant)));

        // Professional judgement can still start the work before the assessment is agreed, on the record.
        var identity = proposal.Modules.Single(m => m.Name == "Personal identity").TemplateModuleId;
        await PostPlanAsync(world, participant, NewPlan(new AddedModuleCommand { TemplateModuleId = identity, Reason = "Identity work cannot wait for the panel." }))
            .ExpectAsync(HttpStatusCode.Created);
        var plan = await world.GetPlanAsync(participant);
        Assert.Equal([("Engagement and insight", PlanModuleBasis.Template), ("Personal identity", PlanModuleBasis.Judgement)], plan.Modules.Select(m => (m.Name, m.Basis!.Value)));
    }

    /// <summary>
    /// The shipped HII template names its modules in French and Arabic: the proposal, its notice and a saved plan read in
    /// the practitioner's language, while the plan stores, and the API carries, the template's English.
    /// </summary>
    [Theory]
    [BothProviders]
    public async Task The_proposal_reads_in_the_practitioners_language_and_the_plan_keeps_the_templates_english(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var instrument = await UseHiiAsync(world);
        var participant = (await world.AssessedCaseAsync()).ParticipantId;
        var open = await world.OpenAssessmentAsync(participant, instrument, daysAgo: 3);
        await world.RateAsync(participant, open, Persona.Psychologist, TestWorld.Ratings("present"));
        using var caseworker = await PageSession.SignInAsync(world, Persona.CaseworkerA);

        await caseworker.ChooseLanguageAsync("fr");
        var french = WebUtility.HtmlDecode(await caseworker.GetPageAsync($"/Plans/{participant}"));
        Assert.Contains($"Il n’y a pas encore d’évaluation concertée sur {OpenPathways} pour ce participant", french, StringComparison.Ordinal);
        Assert.Contains("<td>Identité personnelle</td>", french, StringComparison.Ordinal);
        Assert.Contains("<td>Implication et prise de conscience</td>", french, StringComparison.Ordinal);
        Assert.DoesNotContain("no agreed assessment", french, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>Personal identity</td>", french, StringComparison.Ordinal);

        var identity = (await ProposalAsync(world, participant)).Modules.Single(m => m.Name == "Personal identity").TemplateModuleId;
        await world.WriteFormulationAsync(participant);
        await PostPlanAsync(world, participant, NewPlan(new AddedModuleCommand { TemplateModuleId = identity, Reason = "Identity work cannot wait for the panel." }))
            .ExpectAsync(HttpStatusCode.Created);

        await caseworker.ChooseLanguageAsync("ar");
        var arabic = WebUtility.HtmlDecode(await caseworker.GetPageAsync($"/Plans/{participant}"));
        Assert.Contains("<td>الهوية الشخصية</td>", arabic, StringComparison.Ordinal);
        Assert.Contains("<td>التفاعل والاستبصار</td>", arabic, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>Personal identity</td>", arabic, StringComparison.Ordinal);
        Assert.Equal(["Engagement and insight", "Personal identity"], (await world.GetPlanAsync(participant)).Modules.Select(m => m.Name));
        Assert.Equal(["Engagement and insight", "Personal identity"],
            await world.DbAsync(db => db.Set<InterventionPlan>().Where(p => p.ParticipantId == participant).SelectMany(p => p.Modules).OrderBy(m => m.Order).Select(m => m.Name).ToListAsync()));
    }

    [Theory]
    [BothProviders]
    public async Task A_participant_out_of_scope_answers_404_and_the_proposal_is_audited(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var instrument = await UseHiiAsync(world);
        var participant = (await world.AssessedCaseAsync()).ParticipantId;
        var agreed = await AgreedAsync(world, participant, instrument, 5, Ratings(HandWorked));
        await world.WriteFormulationAsync(participant);

        foreach (var outsider in new[] { Persona.CaseworkerB, Persona.OtherOrganisationDirector, Persona.Evaluator })
        {
            await ProblemJson.ReadAsync(await world.Client(outsider).GetAsync($"/api/v1/participants/{participant}/plan/proposal"), HttpStatusCode.NotFound);
            await ProblemJson.ReadAsync(await PostPlanAsync(world, participant, NewPlan(), outsider), HttpStatusCode.NotFound);
        }

        await ProblemJson.ReadAsync(await world.Client(Persona.CaseworkerA).GetAsync($"/api/v1/participants/{participant}/plan/proposal?templateId={Guid.NewGuid()}"),
            HttpStatusCode.UnprocessableEntity);
        await ProposalAsync(world, participant);

        var audit = await world.DbAsync(db => db.AuditEvents.AsNoTracking()
            .Where(e => e.EntityType == AuditEntities.PlanProposal.Name && e.ParticipantId == participant).ToListAsync());
        var read = Assert.Single(audit);
        Assert.Equal(world.UserId(Persona.CaseworkerA), read.UserId);
        Assert.Equal(AuditActions.Read.Name, read.Action);
        Assert.Contains(agreed.ToString(), read.Detail, StringComparison.Ordinal);
        Assert.Equal(0, await world.DbAsync(db => db.Set<InterventionPlan>().CountAsync(p => p.ParticipantId == participant)));
    }

    [Theory]
    [BothProviders]
    public async Task A_template_with_bad_rules_is_refused_with_every_problem_by_path(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        await UseHiiAsync(world);
        var before = await world.DbAsync(db => db.Set<ProgramTemplate>().CountAsync());
        var template = new TemplateDefinition
        {
            Key = "bad-rules",
            Name = "Bad rules",
            Modules =
            [
                new ModuleDefinition { Name = "Fine", IndicatedBy = new IndicationRule { Instrument = OpenPathways, AnyOf = [new IndicationCondition { Item = "ID1", AtLeast = "partly" }] } },
                new ModuleDefinition { Name = "Unknown instrument", IndicatedBy = new IndicationRule { Instrument = "VERA-2R", AnyOf = [new IndicationCondition { Item = "A1", AtLeast = "high" }] } },
                new ModuleDefinition
                {
                    Name = "Unknown keys and levels",
                    IndicatedBy = new IndicationRule
                    {
                        Instrument = OpenPathways,
                        AnyOf =
                        [
                            new IndicationCondition { Domain = "courage", AtLeast = "partly" },
                            new IndicationCondition { Item = "ZZ9", AtMost = "severe" },
                            new IndicationCondition { Item = "ID1", Domain = "identity", AtLeast = "present", AtMost = "absent" },
                        ],
                    },
                },
                new ModuleDefinition { Name = "No conditions", IndicatedBy = new IndicationRule { Instrument = OpenPathways, AnyOf = [] } },
            ],
        };

        var response = await world.Client(Persona.OrganisationAdmin).SendJsonAsync(HttpMethod.Post, "/api/v1/catalogue/templates", template);

        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("no instrument named 'VERA-2R'", problem.ErrorsFor("Modules[1].IndicatedBy.Instrument")[0], StringComparison.Ordinal);
        Assert.Contains("'courage' is not a domain", problem.ErrorsFor("Modules[2].IndicatedBy.AnyOf[0].Domain")[0], StringComparison.Ordinal);
        Assert.Contains("'ZZ9' is not an item", problem.ErrorsFor("Modules[2].IndicatedBy.AnyOf[1].Item")[0], StringComparison.Ordinal);
        Assert.Contains("'severe' is not a level of Open Pathways Review's scale (absent, partly, present)", problem.ErrorsFor("Modules[2].IndicatedBy.AnyOf[1].AtMost")[0], StringComparison.Ordinal);
        Assert.Equal(2, problem.ErrorsFor("Modules[2].IndicatedBy.AnyOf[2]").Length);
        Assert.Contains("between 1 and 20 conditions", problem.ErrorsFor("Modules[3].IndicatedBy.AnyOf")[0], StringComparison.Ordinal);
        Assert.DoesNotContain(problem.Errors.Keys, k => k.StartsWith("Modules[0]", StringComparison.Ordinal));
        Assert.Equal(before, await world.DbAsync(db => db.Set<ProgramTemplate>().CountAsync()));
    }

    /// <summary>The shipped templates in the catalogue, the main program following HII, and the open instrument published once per world.</summary>
    public static async Task<Guid> UseHiiAsync(TestWorld world)
    {
        var admin = world.Client(Persona.OrganisationAdmin);
        await admin.SendJsonAsync(HttpMethod.Post, "/api/v1/catalogue/templates/shipped").ExpectAsync(HttpStatusCode.OK);
        var hii = await world.DbAsync(db => db.Set<ProgramTemplate>().AsNoTracking()
            .SingleAsync(t => t.OrganisationId == world.OrganisationId && t.Key == "healthy-identity-intervention"));
        await admin.SendJsonAsync(HttpMethod.Put, $"/api/v1/admin/programs/{world.ProgramId}/settings", new ProgramSettingsCommand { TemplateId = hii.Id })
            .ExpectAsync(HttpStatusCode.NoContent);
        var existing = await world.DbAsync(db => db.Set<InstrumentVersion>().AsNoTracking()
            .Where(v => v.OrganisationId == world.OrganisationId && v.Name == OpenPathways).Select(v => (Guid?)v.Id).SingleOrDefaultAsync());
        return existing ?? await world.ImportInstrumentAsync(TestWorld.OpenInstrument(OpenPathways));
    }

    /// <summary>An assessment rated by the psychologist and agreed by the director at <paramref name="levels"/>.</summary>
    public static async Task<Guid> AgreedAsync(TestWorld world, Guid participant, Guid instrument, int daysAgo, IReadOnlyDictionary<string, string> levels)
    {
        var assessment = await world.OpenAssessmentAsync(participant, instrument, daysAgo: daysAgo);
        await world.RateAsync(participant, assessment, Persona.Psychologist, TestWorld.Ratings(overrides: levels));
        await world.AgreeAsync(participant, assessment, command: TestWorld.Consensus(overrides: levels));
        return assessment;
    }

    private static async Task<PlanProposal> ProposalAsync(TestWorld world, Guid participant) =>
        await (await world.Client(Persona.CaseworkerA).GetAsync($"/api/v1/participants/{participant}/plan/proposal").ExpectAsync(HttpStatusCode.OK)).ReadJsonAsync<PlanProposal>();

    private static CreatePlanCommand NewPlan(params AddedModuleCommand[] added)
    {
        var command = TestWorld.NewPlan(TestWorld.DaysAgo(1));
        command.AddedModules = [.. added];
        return command;
    }

    private static Task<HttpResponseMessage> PostPlanAsync(TestWorld world, Guid participant, CreatePlanCommand command, Persona by = Persona.CaseworkerA) =>
        world.Client(by).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant}/plan", command);
}
