using Offramp.Core.Assessments;
using Offramp.Core.Assessments.Instruments;

namespace Offramp.Core.Plans.Proposals;

/// <summary>
/// The agreed assessment a module's rule is applied to, with the published versions of its instrument (oldest first) so
/// a rule naming an item still finds it after the item was renamed in a later version.
/// </summary>
public sealed record AgreedBasis(AgreedAssessment Assessment, IReadOnlyList<InstrumentDefinition> Versions);
