namespace Offramp.Core.Organisations;

public enum ProgramKind
{
    Prison,
    Probation,
    AlternativeToProsecution,
    Returnee,
    Community,
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
