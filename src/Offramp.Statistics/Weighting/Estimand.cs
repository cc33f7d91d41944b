namespace Offramp.Statistics.Weighting;

/// <summary>Whose average effect the weights target.</summary>
public enum Estimand
{
    /// <summary>Average treatment effect: as if everyone had been in the program, compared with nobody.</summary>
    Ate,

    /// <summary>Average treatment effect on the treated: the participants compared with similar non-participants.</summary>
    Att,
}
