using Microsoft.EntityFrameworkCore;

using Offramp.Core.Assessments;
using Offramp.Core.Assessments.Instruments;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Participants;
using Offramp.Core.ProgramCatalogue;

namespace Offramp.Core.Plans.Proposals;

/// <summary>
/// Works out a plan's modules from the template: for an assessment-driven template, each rule is applied to the
/// participant's latest agreed (reconciled) assessment on its instrument, and modules keep the template's order. Used by
/// the proposal read and by plan creation and review, so what the practitioner saw is what gets stored. Callers have
/// checked scope and audit the read.
/// </summary>
public sealed class ModuleProposer(OfframpDbContext db, ProgramSettingsReader settings)
{
    /// <summary>The template given, else the one the participant's program follows; null when there is none.</summary>
    public async Task<ProgramTemplate?> TemplateAsync(Participant participant, Guid? templateId, string field, CancellationToken ct)
    {
        var id = templateId ?? (await settings.ForAsync(participant.OrganisationId, participant.ProgramId, ct)).TemplateId;
        return id is { } tid
            ? await db.Set<ProgramTemplate>().AsNoTracking().Include(t => t.Modules).SingleOrDefaultAsync(t => t.Id == tid && t.OrganisationId == participant.OrganisationId, ct)
              ?? throw new DomainException("The template is not in your organisation's catalogue.", field)
            : null;
    }

    public async Task<PlanProposal> ProposeAsync(Participant participant, ProgramTemplate? template, IReadOnlySet<Guid> inPlan, CancellationToken ct)
    {
        if (template is null)
        {
            return new PlanProposal(null, null, false, [], [], [Phrase.Of("The program follows no template, so no module is proposed: write the plan's modules yourself.")]);
        }

        var modules = template.Modules.OrderBy(m => m.Order).ToList();
        var names = TemplateModuleNames.Of(template);
        if (!template.IsAssessmentDriven())
        {
            return new PlanProposal(template.Id, template.Name, false, [],
                [.. modules.Select(m => Proposed(m, ModuleIndication.Offered, null, [], inPlan.Contains(m.Id)) with { ShownName = names[m.Id] })], []);
        }

        var bases = new List<ProposalBasis>();
        var notices = new List<Phrase>();
        var agreed = new Dictionary<string, AgreedBasis>(StringComparer.Ordinal);
        foreach (var instrument in modules.Select(m => m.Rule()?.Instrument).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            var history = await AgreedHistory.LoadAsync(db, participant.Id, instrument, null, ct);
            var latest = history.Count > 0 ? history[^1] : null;
            if (latest is null)
            {
                bases.Add(new ProposalBasis(instrument, null, null, null));
                notices.Add(Phrase.Of($"There is no agreed assessment on {instrument} for this participant yet, so no module that depends on it is indicated. Agree the assessment first, or add modules yourself with your reason."));
                continue;
            }

            var versions = (await db.Set<InstrumentVersion>().AsNoTracking()
                    .Where(v => v.OrganisationId == participant.OrganisationId && v.Name == instrument && v.Status == InstrumentStatus.Published)
                    .Select(v => new { v.Definition, v.PublishedAt }).ToListAsync(ct))
                .OrderBy(v => v.PublishedAt).Select(v => InstrumentParser.Parse(v.Definition)).ToList();
            agreed[instrument] = new AgreedBasis(latest, versions);
            bases.Add(new ProposalBasis(instrument, latest.Assessment.Id, latest.Assessment.AssessedOn, latest.Definition.Version));
        }

        var proposed = modules.Select(m => Classify(m, agreed, inPlan.Contains(m.Id)) with { ShownName = names[m.Id] }).ToList();

        foreach (var (instrument, basis) in agreed.Where(a => !proposed.Any(p => p.Instrument == a.Key && p.Indication == ModuleIndication.Indicated)))
        {
            notices.Add(Phrase.Of($"The agreed assessment on {instrument} of {basis.Assessment.Assessment.AssessedOn} indicates none of the modules that depend on it."));
        }

        return new PlanProposal(template.Id, template.Name, true, bases, proposed, notices);
    }

    /// <summary>
    /// Where one module of an assessment-driven template stands: offered to everyone when it has no rule, not assessed
    /// when <paramref name="agreed"/> holds no agreed assessment on its rule's instrument, else indicated or not by that
    /// assessment. The one rule behind the proposal, plan creation and review, and the demo's plans.
    /// </summary>
    /// <param name="agreed">The latest agreed assessment per instrument name.</param>
    /// <param name="inPlan">The module is already in the participant's active plan.</param>
    public static ProposedModule Classify(TemplateModule module, IReadOnlyDictionary<string, AgreedBasis> agreed, bool inPlan)
    {
        var rule = module.Rule();
        if (rule is null)
        {
            return Proposed(module, ModuleIndication.Offered, null, [], inPlan);
        }

        if (!agreed.TryGetValue(rule.Instrument, out var basis))
        {
            return Proposed(module, ModuleIndication.NotAssessed, rule.Instrument, [], inPlan);
        }

        var (indicated, findings) = ModuleIndicator.Apply(rule, basis.Assessment, basis.Versions);
        return Proposed(module, indicated ? ModuleIndication.Indicated : ModuleIndication.NotIndicated, rule.Instrument, findings, inPlan);
    }

    private static ProposedModule Proposed(TemplateModule m, ModuleIndication indication, string? instrument, IReadOnlyList<IndicationFinding> findings, bool inPlan) =>
        new(m.Id, m.Order, m.Name, m.Description, m.ExpectedSessions, m.ExpectedMinutes, indication, instrument, findings, inPlan);
}
