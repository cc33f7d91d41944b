namespace Offramp.Core.Worklist;

/// <summary>
/// Which part of the worklist to list: tasks due within <see cref="HorizonDays"/> (overdue always included), optionally
/// of one kind and without the program director tasks, one page at a time, the most overdue first.
/// </summary>
public sealed record WorklistQuery(int HorizonDays = 30, string? Kind = null, bool WithoutDirectorTasks = false, int Page = 1, int PageSize = 50, bool WithUrgent = false, Guid? ParticipantId = null)
{
    /// <summary>Kinds that put a person at risk if they wait: a safeguarding concern, an assessment alert, an emergency access to review.</summary>
    public static readonly IReadOnlyList<string> UrgentKinds = [TaskKinds.Concern, TaskKinds.Alert, TaskKinds.AccessReview];

    /// <summary>How many urgent tasks a start page lists before pointing to the worklist.</summary>
    public const int UrgentPageSize = 20;

    public const int MaxPageSize = 500;

    public int ClampedHorizon => Math.Clamp(HorizonDays, 0, 3650);

    public int ClampedPageSize => Math.Clamp(PageSize, 1, MaxPageSize);

    public int ClampedPage => Math.Max(Page, 1);
}

/// <summary>One page of the worklist, with how many tasks are due and overdue in the whole selection.</summary>
public sealed record WorklistPage(IReadOnlyList<WorklistItem> Items, int Total, int Overdue, int Page, int PageSize)
{
    /// <summary>With <see cref="WorklistQuery.WithUrgent"/>: the urgent tasks in the selection, soonest due first.</summary>
    public IReadOnlyList<WorklistItem> Urgent { get; init; } = [];

    public int UrgentTotal { get; init; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
