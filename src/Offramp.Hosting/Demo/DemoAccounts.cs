using Offramp.Core.Access;

namespace Offramp.Hosting.Demo;

/// <summary>
/// The demo accounts, one per role. Their password and TOTP secrets are public on purpose: demo data only,
/// seeded only when Offramp:DemoData is on, never in a production configuration.
/// </summary>
public static class DemoAccounts
{
    public const string Password = "offramp-demo-2026";

    public static readonly IReadOnlyList<DemoAccount> All =
    [
        new("director@demo.offramp.org", "Dana Director", Role.ProgramDirector, "JBSWY3DPEHPK3PXPDIRECTOR"),
        new("caseworker@demo.offramp.org", "Casey Worker", Role.Caseworker, "JBSWY3DPEHPK3PXPCASEWORK"),
        new("caseworker2@demo.offramp.org", "Kim Colleague", Role.Caseworker, "JBSWY3DPEHPK3PXPCASEWRK2"),
        new("mentor@demo.offramp.org", "Mo Mentor", Role.Mentor, "JBSWY3DPEHPK3PXPMENTORAA"),
        new("psychologist@demo.offramp.org", "Priya Psychologist", Role.Psychologist, "JBSWY3DPEHPK3PXPPSYCHOLO"),
        new("counsellor@demo.offramp.org", "Faisal Counsellor", Role.FaithCounsellor, "JBSWY3DPEHPK3PXPCOUNSELL"),
        new("evaluator@demo.offramp.org", "Eva Evaluator", Role.Evaluator, "JBSWY3DPEHPK3PXPEVALUATO"),
        new("admin@demo.offramp.org", "Ada Admin", Role.OrganisationAdmin, "JBSWY3DPEHPK3PXPADMINAAA"),
        new("auditor@demo.offramp.org", "Aud Auditor", Role.Auditor, "JBSWY3DPEHPK3PXPAUDITORA"),
    ];

    /// <summary>The admin of the demo evidence hub, a separate organisation that receives and compares released bundles.</summary>
    public static readonly DemoAccount HubAdmin = new("hub@demo.offramp.org", "Hana Hub", Role.OrganisationAdmin, "JBSWY3DPEHPK3PXPHUBADMIN");

    /// <summary>Every demo account that can sign in: the demo organisation's and the hub's.</summary>
    public static readonly IReadOnlyList<DemoAccount> SignIn = [.. All, HubAdmin];
}

public sealed record DemoAccount(string Email, string DisplayName, Role Role, string TotpSecret);
