using Offramp.Core.Evaluation.Cohorts;
using Offramp.Core.Outcomes;
using Offramp.Core.Participants;
using Offramp.Core.Referrals;

namespace Offramp.Core.Evaluation.Exports;

/// <summary>The tables of a research export and their variables: the codebook is generated from these, so it cannot drift from the files.</summary>
public static class ResearchTables
{
    private const string Pseudonym = "Keyed pseudonym of the participant, specific to this recipient (not the participant code).";

    public static ResearchTable Participants(DateMasking dates) => new("participants", "One row per participant whose consent covers evaluation.",
    [
        new("pseudonym", ColumnType.Text, Pseudonym),
        new("gender", ColumnType.Text, "Gender as recorded.", Categories<Gender>()),
        new("age_band_at_entry", ColumnType.Text, "Age band at entry to the program (year of birth is not exported).", string.Join("; ", Enum.GetValues<AgeBand>().Select(AgeBands.Label))),
        new("referral_source", ColumnType.Text, "Who referred the participant (empty if no referral is recorded).", Categories<ReferralSource>()),
        new("completion", ColumnType.Text, "Where the participant stands: completed (reached transition, aftercare or follow-up, or closed as completed), left early, in the program, or never started.", Categories<Completion>()),
        dates == DateMasking.Shift
            ? new("entry_date_shifted", ColumnType.Text, "Referral date (yyyy-MM-dd), shifted by the participant's offset.")
            : new("entry_day", ColumnType.Integer, "Day 0: the referral date is the origin of every interval."),
        dates == DateMasking.Shift
            ? new("release_date_shifted", ColumnType.Text, "Latest actual release from custody (yyyy-MM-dd), shifted; empty if not released.")
            : new("release_days_since_entry", ColumnType.Integer, "Days from referral to the latest actual release; empty if not released."),
    ]);

    public static ResearchTable Outcomes(DateMasking dates) => new("outcomes", "One row per outcome event (retracted ones excluded); details (free text) are never exported.",
    [
        new("pseudonym", ColumnType.Text, Pseudonym),
        new("outcome_type", ColumnType.Text, "What happened.", Categories<OutcomeType>()),
        new("outcome_class", ColumnType.Text, "Adverse, positive, or censoring (ends observation: death, lost to follow-up).", "Adverse; Positive; Censoring"),
        new("information_source", ColumnType.Text, "Where the information came from.", Categories<InformationSource>()),
        new("confidence", ColumnType.Text, "How sure the program is.", Categories<OutcomeConfidence>()),
        dates == DateMasking.Shift
            ? new("occurred_date_shifted", ColumnType.Text, "Date of the outcome (yyyy-MM-dd), shifted by the participant's offset.")
            : new("days_since_entry", ColumnType.Integer, "Days from referral to the outcome."),
        new("days_since_release", ColumnType.Integer, "Days from the latest actual release to the outcome (negative before release); empty if not released."),
    ]);

    public static ResearchTable Ratings(DateMasking dates) => new("assessment_ratings", "Agreed (consensus) item ratings of agreed assessments; formulations and rationales (free text) are never exported.",
    [
        new("pseudonym", ColumnType.Text, Pseudonym),
        new("assessment", ColumnType.Integer, "Assessment number within the export (groups the ratings of one assessment)."),
        new("instrument", ColumnType.Text, "Instrument name; see instruments.csv for versions and items."),
        new("instrument_version", ColumnType.Text, "Instrument version label."),
        new("assessment_kind", ColumnType.Text, "Baseline, scheduled re-assessment or event-driven.", "Baseline; Scheduled; Event"),
        dates == DateMasking.Shift
            ? new("assessed_date_shifted", ColumnType.Text, "Reference date of the assessment (yyyy-MM-dd), shifted.")
            : new("days_since_entry", ColumnType.Integer, "Days from referral to the assessment's reference date."),
        new("item_key", ColumnType.Text, "Item key within the instrument version."),
        new("direction", ColumnType.Text, "Risk or protective item.", "Risk; Protective"),
        new("level", ColumnType.Text, "Agreed level code, or 'unknown' (could not rate, distinct from absent)."),
        new("level_position", ColumnType.Integer, "Position of the level on the scale (0 = lowest); empty for unknown."),
        new("overall_judgement", ColumnType.Text, "Agreed overall judgement of the assessment (a level code of the instrument's judgements)."),
    ]);

    public static ResearchTable CodedProfile() => new("coded_profile", "One row per code of a participant's coded profile (a field that takes several options gives one row per option chosen); notes (free text) are never exported.",
    [
        new("pseudonym", ColumnType.Text, Pseudonym),
        new("field", ColumnType.Text, "Codebook field key; its label, phase and options are in coded_fields.csv."),
        new("code", ColumnType.Text, "Option code chosen for the field."),
        new("codebook", ColumnType.Text, "Codebook the answer was coded on."),
        new("codebook_version", ColumnType.Text, "Version label of that codebook."),
    ]);

    public static ResearchTable CodedFields() => new("coded_fields", "The codebook versions of coded_profile, option by option.",
    [
        new("codebook", ColumnType.Text, "Codebook name."),
        new("codebook_version", ColumnType.Text, "Version label."),
        new("field", ColumnType.Text, "Field key."),
        new("field_label", ColumnType.Text, "What the field records."),
        new("phase", ColumnType.Text, "When it is coded: at entry, or at a follow-up.", "Entry; FollowUp"),
        new("choice", ColumnType.Text, "One option, or any number of them.", "OneOption; AnyOptions"),
        new("code", ColumnType.Text, "Option code."),
        new("code_label", ColumnType.Text, "What the option means."),
    ]);

    private static string Categories<T>()
        where T : struct, Enum => string.Join("; ", Enum.GetNames<T>());
}
