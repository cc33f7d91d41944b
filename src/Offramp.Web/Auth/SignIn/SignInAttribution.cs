namespace Offramp.Web.Auth.SignIn;

/// <summary>
/// A sign-in attempt has no signed-in actor, but its audit events belong in the trail of the organisation whose account
/// was tried, where its admins and auditors look. <see cref="Infrastructure.HttpActor"/> reads the organisation from
/// here when the request has no signed-in user.
/// </summary>
public static class SignInAttribution
{
    public const string OrganisationKey = "offramp:sign-in-organisation";

    public static void Attribute(HttpContext http, Guid organisationId) => http.Items[OrganisationKey] = organisationId;
}
