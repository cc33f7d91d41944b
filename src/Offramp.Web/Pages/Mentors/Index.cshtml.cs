using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Core.Access;
using Offramp.Core.Mentoring;

namespace Offramp.Web.Pages.Mentors;

/// <summary>The mentor registry of the caller's programs; directors add and edit the mentors of the programs they direct.</summary>
public sealed class IndexModel(ListMentors list, ScopeLoader scopes) : PageModel
{
    public IReadOnlyList<MentorView> Mentors { get; private set; } = [];

    public IReadOnlySet<Guid> Directed { get; private set; } = new HashSet<Guid>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Mentors = await list.ExecuteAsync(ct);
        Directed = (await scopes.GetAsync(ct)).DirectedPrograms.ToHashSet();
    }
}
