using Offramp.Core.Participants;

namespace Offramp.Core.Evaluation.Reports;

/// <summary>
/// The words Core gives the report's groups, rows and covariates. They stay plain strings because the statistics
/// library names its groups with them; the report components show the reader's word for each (scripts/sync-ui-strings.py
/// puts these among the report's texts), and a label a person gave, such as an imported group's, exactly as given.
/// </summary>
public static class ReportLabels
{
    public const string All = "All";
    public const string Completed = "Completed";
    public const string LeftEarly = "Left early";
    public const string ThisProgram = "This program";
    public const string NotCoded = "Not coded";
    public const string Improved = "Improved";
    public const string ByGender = "By gender";
    public const string TheOutcome = "The outcome";
    public const string DeathOrDeportationFirst = "Death or deportation first";
    public const string GenderCovariate = "gender";
    public const string AgeBandCovariate = "age band";
    public const string Female = "Female";
    public const string Male = "Male";
    public const string OtherGender = "Other gender";
    public const string GenderNotRecorded = "Gender not recorded";

    // The fixed dimensions an evidence bundle breaks its figures down by, as the evidence pages name them.
    public const string BreakdownGender = "Gender";
    public const string BreakdownAgeBand = "Age band";
    public const string BreakdownCompletion = "Completion";

    // The hub's pooled measures (EvidencePooling): the API carries them as written here, the hub page in the reader's words.
    public const string PooledProportion = "Proportion (logit, back-transformed)";
    public const string PooledRiskDifference = "Risk difference, completers − early leavers";
    public const string PooledHazardRatio = "Hazard ratio, completers vs early leavers (log scale, back-transformed)";

    public static string Of(Gender gender) => gender switch
    {
        Gender.Female => Female,
        Gender.Male => Male,
        Gender.Other => OtherGender,
        _ => GenderNotRecorded,
    };
}
