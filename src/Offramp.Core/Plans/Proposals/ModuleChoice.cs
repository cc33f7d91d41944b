using Offramp.Core.Common;
using Offramp.Core.Security;

namespace Offramp.Core.Plans.Proposals;

/// <summary>
/// Turns a proposal and the practitioner's additions into plan modules, in the template's order: what is indicated
/// (or offered to everyone) is taken, with the ratings that indicated it; what is added must be a module the
/// assessment did not indicate, and carries the practitioner's sealed reason.
/// </summary>
public static class ModuleChoice
{
    public static List<PlanModule> Build(Guid planId, PlanProposal proposal, IReadOnlyList<AddedModuleCommand> added, FieldCipher cipher, string field)
    {
        var errors = new Dictionary<string, Phrase[]>();
        var byId = proposal.Modules.ToDictionary(m => m.TemplateModuleId);
        foreach (var (addition, i) in added.Select((a, i) => (a, i)))
        {
            if (!byId.TryGetValue(addition.TemplateModuleId, out var module))
            {
                errors[$"{field}[{i}].TemplateModuleId"] = [Phrase.Of("The module is not one of the template's.")];
            }
            else if (module.Proposed)
            {
                errors[$"{field}[{i}].TemplateModuleId"] = [Phrase.Of($"'{module.ShownName}' is already proposed: no reason is needed to take it.")];
            }
            else if (module.InPlan)
            {
                errors[$"{field}[{i}].TemplateModuleId"] = [Phrase.Of($"'{module.ShownName}' is already in the plan.")];
            }
        }

        if (errors.Count > 0)
        {
            throw new DomainException(errors);
        }

        var reasons = added.ToDictionary(a => a.TemplateModuleId);
        var chosen = new List<PlanModule>();
        foreach (var m in proposal.Modules.Where(m => !m.InPlan && (m.Proposed || reasons.ContainsKey(m.TemplateModuleId))))
        {
            var module = new PlanModule
            {
                PlanId = planId,
                Order = m.Order,
                Name = m.Name,
                TemplateModuleId = m.TemplateModuleId,
                ExpectedSessions = m.ExpectedSessions,
                ExpectedMinutes = m.ExpectedMinutes,
            };
            if (reasons.TryGetValue(m.TemplateModuleId, out var addition))
            {
                module.Basis = PlanModuleBasis.Judgement;
                module.ResponsibleUserId = addition.ResponsibleUserId;
                module.JudgementSealed = cipher.Seal(addition.Reason.Trim(), module.Id, "Judgement");
            }
            else if (m.Indication == ModuleIndication.Indicated)
            {
                module.Basis = PlanModuleBasis.Indicated;
                module.IndicationReason = Truncate(m.Because, 4000);
                module.IndicatedByAssessmentId = proposal.Assessments.FirstOrDefault(a => a.Instrument == m.Instrument)?.AssessmentId;
            }
            else
            {
                module.Basis = PlanModuleBasis.Template;
            }

            chosen.Add(module);
        }

        return chosen;
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "\u2026";
}
