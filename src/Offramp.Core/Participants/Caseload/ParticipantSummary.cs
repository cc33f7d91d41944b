using Offramp.Core.Stages;

namespace Offramp.Core.Participants.Caseload;

/// <summary>One line of a caseload or search result.</summary>
public sealed record ParticipantSummary(Guid Id, string Code, string DisplayName, Stage Stage, string ProgramName, DateOnly? LastSession);

/// <summary>
/// One page of a longer list. When <see cref="TotalIsLowerBound"/> is set, counting stopped at <see cref="TotalCount"/>
/// and there are more (a director's 67,000 cases are not worth counting on every visit of the start page).
/// </summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int TotalCount, bool TotalIsLowerBound = false)
{
    public int PageCount => (TotalCount + PageSize - 1) / PageSize;
}
