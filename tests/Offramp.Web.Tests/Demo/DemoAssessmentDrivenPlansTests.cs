using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using Offramp.Core.Assessments;
using Offramp.Core.Assessments.Instruments;
using Offramp.Core.Data;
using Offramp.Core.Plans;
using Offramp.Core.Plans.Proposals;
using Offramp.Core.ProgramCatalogue;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Demo;

/// <summary>
/// The demo's Healthy Identity plans follow their participants' assessments: each planned participant has an agreed
/// baseline dated before the plan, and the plan holds exactly the modules offered to everyone, the ones that baseline
/// indicates (with the ratings and the assessment recorded) and any the team added by judgement (with a reason), in the
/// template's order; the plans differ from one participant to the next.
/// </summary>
[Collection(SeededDemoGroup.Name)]
public sealed class DemoAssessmentDrivenPlansTests(SeededDemo demo)
{
    [Theory]
    [BothProviders]
    public async Task Healthy_identity_plans_hold_the_modules_their_agreed_baseline_indicates(DatabaseProviderKind provider)
    {
        var (app, world) = await demo.OnAsync(provider);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OfframpDbContext>();
        var program = world.Programs.Single(p => p.Name.Contains("Healthy Identity", StringComparison.Ordinal));
        var template = await db.Set<ProgramTemplate>().AsNoTracking().Include(t => t.Modules)
            .SingleAsync(t => t.OrganisationId == world.Organisation.Id && t.Key == "healthy-identity-intervention");
        Assert.True(template.IsAssessmentDriven());
        var plans = await db.Set<InterventionPlan>().AsNoTracking().Include(p => p.Modules)
            .Where(p => db.Participants.Any(x => x.Id == p.ParticipantId && x.ProgramId == program.Id)).ToListAsync();
        Assert.True(plans.Count >= 5, $"only {plans.Count} Healthy Identity plans in the demo");

        var problems = new List<string>();
        foreach (var plan in plans)
        {
            var history = await AgreedHistory.LoadAsync(db, plan.ParticipantId, "Open Pathways Review", null, default);
            if (history.Count == 0)
            {
                problems.Add($"{plan.ParticipantId}: no agreed assessment behind the plan");
                continue;
            }

            var baseline = history[^1];
            if (baseline.Assessment.AssessedOn > plan.StartedOn)
            {
                problems.Add($"{plan.ParticipantId}: assessed after the plan started");
            }

            var expected = template.Modules.OrderBy(m => m.Order).Select(m => (m.Id, Indication: m.Rule() is { } rule
                ? ModuleIndicator.Apply(rule, baseline, [baseline.Definition]).Indicated ? ModuleIndication.Indicated : ModuleIndication.NotIndicated
                : ModuleIndication.Offered)).ToDictionary(m => m.Id, m => m.Indication);
            var inPlan = plan.Modules.OrderBy(m => m.Order).ToList();
            var wanted = expected.Where(e => e.Value != ModuleIndication.NotIndicated).Select(e => e.Key).ToHashSet();
            if (!wanted.IsSubsetOf(inPlan.Select(m => m.TemplateModuleId!.Value)))
            {
                problems.Add($"{plan.ParticipantId}: an indicated or offered module is missing");
            }

            foreach (var module in inPlan)
            {
                var indication = expected[module.TemplateModuleId!.Value];
                var fits = (module.Basis, indication) switch
                {
                    (PlanModuleBasis.Template, ModuleIndication.Offered) => true,
                    (PlanModuleBasis.Indicated, ModuleIndication.Indicated) => module.IndicatedByAssessmentId == baseline.Assessment.Id && !string.IsNullOrEmpty(module.IndicationReason),
                    (PlanModuleBasis.Judgement, ModuleIndication.NotIndicated) => module.JudgementSealed is { Length: > 0 },
                    _ => false,
                };
                if (!fits)
                {
                    problems.Add($"{plan.ParticipantId}: '{module.Name}' is in the plan as {module.Basis} but the baseline makes it {indication}");
                }
            }

            if (!inPlan.Select(m => m.Order).SequenceEqual(inPlan.Select(m => m.Order).Order()) ||
                !inPlan.Select(m => template.Modules.Single(t => t.Id == m.TemplateModuleId).Order).SequenceEqual(inPlan.Select(m => m.Order)))
            {
                problems.Add($"{plan.ParticipantId}: modules out of the template's order");
            }
        }

        Assert.Empty(problems);
        Assert.True(plans.Select(p => string.Join(",", p.Modules.OrderBy(m => m.Order).Select(m => m.Name))).Distinct().Count() > 1, "every plan has the same modules");
        Assert.Contains(plans.SelectMany(p => p.Modules), m => m.Basis == PlanModuleBasis.Indicated);
        var sessions = await db.Sessions.AsNoTracking().CountAsync(s => s.ModuleId != null && plans.Select(p => p.ParticipantId).Contains(s.ParticipantId));
        Assert.True(sessions > 0, "no session delivers a Healthy Identity module");
    }
}
