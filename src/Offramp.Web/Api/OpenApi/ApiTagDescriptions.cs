namespace Offramp.Web.Api.OpenApi;

/// <summary>One line per tag of the API, for the document. A tag without one fails the document (and so the OpenAPI lint test).</summary>
internal static class ApiTagDescriptions
{
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["Account"] = "The caller's own account and access tokens.",
        ["Administration"] = "Organisation administration: accounts, roles, programs, sites, and role requests awaiting a second person.",
        ["Assessments"] = "Structured assessments of a participant: opened, rated blind, agreed, observed and followed over time.",
        ["Audit"] = "The organisation's hash-chained audit trail and its verification.",
        ["Break-glass"] = "Emergency read access to a record outside the caller's scope, loudly audited and reviewed by the director.",
        ["Case path"] = "The administrative path of a case: screening, consent, stages and the case team.",
        ["Data protection"] = "Subject access, legal holds and erasure on request.",
        ["Disclosure"] = "The append-only disclosure register and the organisation's disclosure policy.",
        ["Evaluation"] = "A program's evaluation: success metrics, comparison groups and the de-identified report.",
        ["Evidence"] = "A program's evidence bundles: proposed, reviewed and released (signed) by a second person, after disclosure control.",
        ["Evidence hub"] = "An evidence hub: registered publishers, signed bundles received and checked, programs compared and pooled.",
        ["Follow-ups"] = "Follow-ups for years after release or completion.",
        ["Formulation and plan"] = "Case formulation, the intervention plan with its reviews and dose, and closure.",
        ["Instruments"] = "Assessment instruments and assessor certifications.",
        ["Coded profiles"] = "Codebooks (coded fields for research) and participants' coded profiles.",
        ["Mentoring"] = "The mentor registry, matching and mentoring agreements.",
        ["Network"] = "The participant's network: ties judged as resource, neutral or risk.",
        ["Outcomes"] = "Outcome events in the taxonomy, dated, with source and confidence.",
        ["Participants"] = "Participants in the caller's scope: caseload, search, the record, registration.",
        ["Program catalogue"] = "Program templates with modules and expected dose, and how each program runs its cycles.",
        ["Programs"] = "The programs and sites the caller works in.",
        ["Safeguarding"] = "Concerns about a participant, raised by the case team for the program director.",
        ["Timeline"] = "Dated events on a participant's timeline: justice events and sessions.",
        ["Transfers"] = "Transfers of a participant between programs and organisations.",
        ["Transition and aftercare"] = "The transition plan from custody to the community, and aftercare tasks.",
        ["Worklist"] = "What is due and overdue for the caller.",
    };

    public static string For(string? tag) =>
        tag is not null && Descriptions.TryGetValue(tag, out var description)
            ? description
            : throw new InvalidOperationException($"The API tag '{tag}' has no description: add one to {nameof(ApiTagDescriptions)}.");
}
