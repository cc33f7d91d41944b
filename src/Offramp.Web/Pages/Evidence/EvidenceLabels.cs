using Offramp.Core.Evaluation.Reports;
using Offramp.Core.Evidence.Building;
using Offramp.Core.Evidence.Bundles;
using Offramp.Reports;

namespace Offramp.Web.Pages.Evidence;

/// <summary>
/// A bundle's codes in the reader's words. Bundles carry lower-case codes ("detention-or-camp", "left-early") so that any
/// program and hub can read them whatever their language; each code this version knows is shown as the label of the
/// coded value behind it, a coded field's categories by the labels the publisher's codebook gave them, and a code from a
/// newer publisher that this version does not know as the code in words.
/// </summary>
public sealed class EvidenceLabels(EnumLabels words, Sentences say)
{
    /// <summary>A code made from a member of <typeparamref name="T"/> (program kind, aim, movement).</summary>
    public string Coded<T>(string code)
        where T : struct, Enum =>
        Enum.TryParse<T>(code.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var value)
        && Enum.IsDefined(value) && EvidenceBundleComposer.Code(value) == code
            ? words[value]
            : EvidenceWords.Code(code);

    /// <summary>Several codes of <typeparamref name="T"/> as one list ("Disengagement, Reintegration").</summary>
    public string CodedList<T>(IEnumerable<string> codes)
        where T : struct, Enum => string.Join(", ", codes.Select(Coded<T>));

    /// <summary>A breakdown's dimension: a coded field by its label in the bundle, the fixed ones in the reader's words.</summary>
    public string Dimension(EvidenceBundle bundle, string dimension) =>
        bundle.CodedFields?.FirstOrDefault(f => f.Dimension == dimension)?.Label ?? dimension switch
        {
            EvidenceDimensions.Gender => say.Label(ReportLabels.BreakdownGender),
            EvidenceDimensions.AgeBand => say.Label(ReportLabels.BreakdownAgeBand),
            EvidenceDimensions.Completion => say.Label(ReportLabels.BreakdownCompletion),
            _ => EvidenceWords.Code(dimension),
        };

    /// <summary>A breakdown's category: a coded option by the codebook's label, a fixed category by its coded value's label.</summary>
    public string Category(EvidenceBundle bundle, string dimension, string category)
    {
        if (category == EvidenceDimensions.NotCoded)
        {
            return say.Label(ReportLabels.NotCoded);
        }

        if (bundle.CodedFields?.FirstOrDefault(f => f.Dimension == dimension) is { } field)
        {
            return field.Options.FirstOrDefault(o => o.Code == category)?.Label ?? EvidenceWords.Code(category);
        }

        return EvidenceDimensions.MemberOf(dimension, category) is { } member ? words[member] : EvidenceWords.Code(category);
    }
}
