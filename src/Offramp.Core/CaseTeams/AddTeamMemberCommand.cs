using Offramp.Core.Access;
using Offramp.Core.Common;

namespace Offramp.Core.CaseTeams;

public sealed class AddTeamMemberCommand : IValidatableCommand
{
    public Guid UserId { get; set; }

    [DefinedEnum]
    public Role Role { get; set; }

    public IEnumerable<(string Field, Phrase Message)> Check()
    {
        if (UserId == Guid.Empty)
        {
            yield return (nameof(UserId), "Choose a team member.");
        }

        if (!RoleFacts.CaseTeamRoles.Contains(Role))
        {
            yield return (nameof(Role), "A case team member must be a caseworker, mentor, psychologist, faith counsellor or program director.");
        }
    }
}
