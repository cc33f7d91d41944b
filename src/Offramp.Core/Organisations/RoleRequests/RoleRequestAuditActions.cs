namespace Offramp.Core.Organisations.RoleRequests;

/// <summary>
/// Audit actions of separation of duties. Each person's part is its own event (the requester's, the approver's), and a
/// refused self-grant is spelled loudly: an auditor must not miss an admin reaching for case access.
/// </summary>
public static class RoleRequestAuditActions
{
    public const string Requested = "role-requested";
    public const string Approved = "ROLE-REQUEST-APPROVED";
    public const string Declined = "role-request-declined";
    public const string Withdrawn = "role-request-withdrawn";
    public const string SelfGrantRefused = "ROLE-SELF-GRANT-REFUSED";
}
