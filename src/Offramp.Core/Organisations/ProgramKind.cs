namespace Offramp.Core.Organisations;

/// <summary>The kinds of program the seed documents describe (DOMAIN.md); each has its own default time zero for outcomes.</summary>
public enum ProgramKind
{
    Prison,
    Probation,
    AlternativeToProsecution,
    Returnee,
    Community,

    /// <summary>Rehabilitation of detainees in a detention centre or camp (e.g. the Iraq Detainee Rehabilitation Program).</summary>
    DetentionOrCamp,

    /// <summary>Amnesty or defector programs for those who leave an armed group.</summary>
    AmnestyOrDefector,

    /// <summary>Disarmament, demobilisation and reintegration of former combatants.</summary>
    Ddr,

    /// <summary>Prevention work with people not (yet) involved in violence.</summary>
    Prevention,
}

/// <summary>A program may pursue several aims at once, so this is a flag set.</summary>
[Flags]
public enum ProgramAims
{
    None = 0,
    Disengagement = 1,
    Deradicalization = 2,
    Rehabilitation = 4,
    Reintegration = 8,
}
