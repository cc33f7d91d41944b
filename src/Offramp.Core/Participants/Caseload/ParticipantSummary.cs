using Offramp.Core.Stages;

namespace Offramp.Core.Participants.Caseload;

/// <summary>One line of a caseload or search result.</summary>
public sealed record ParticipantSummary(Guid Id, string Code, string DisplayName, Stage Stage, string ProgramName, DateOnly? LastSession);

public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int TotalCount)
{
    public int PageCount => (TotalCount + PageSize - 1) / PageSize;
}
