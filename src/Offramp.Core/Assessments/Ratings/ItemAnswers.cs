using Offramp.Core.Assessments.Instruments;
using Offramp.Core.Common;

namespace Offramp.Core.Assessments.Ratings;

/// <summary>Checks a set of item answers against the instrument: every item exactly once, each level on the scale.</summary>
public static class ItemAnswers
{
    public static void Ensure(InstrumentDefinition instrument, IReadOnlyList<(string ItemKey, string Level)> answers, string listField, string judgement, string judgementField)
    {
        var errors = new Dictionary<string, Phrase[]>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < answers.Count; i++)
        {
            var (key, level) = answers[i];
            if (instrument.Item(key) is null)
            {
                errors[$"{listField}[{i}].ItemKey"] = [Phrase.Of($"\"{key}\" is not an item of {instrument.Name} {instrument.Version}.")];
            }
            else if (!seen.Add(key))
            {
                errors[$"{listField}[{i}].ItemKey"] = [Phrase.Of($"\"{key}\" is rated twice.")];
            }
            else if (!instrument.Scale.Accepts(level))
            {
                errors[$"{listField}[{i}].Level"] =
                    [Phrase.Of($"\"{level}\" is not on the scale of {key}: use one of {string.Join(", ", instrument.Scale.Levels.Select(l => l.Code))} or \"{RatingScaleDefinition.UnknownCode}\".")];
            }
        }

        var missing = instrument.Items.Select(i => i.Key).Where(k => !seen.Contains(k)).ToList();
        if (missing.Count > 0 && errors.Count == 0)
        {
            errors[listField] = [Phrase.Of($"Rate every item (\"unknown / could not rate\" is an answer): missing {string.Join(", ", missing)}.")];
        }

        if (instrument.Judgements.All(j => j.Code != judgement))
        {
            errors[judgementField] = [Phrase.Of($"Choose one of {string.Join(", ", instrument.Judgements.Select(j => j.Code))}.")];
        }

        if (errors.Count > 0)
        {
            throw new DomainException(errors);
        }
    }
}
