using Microsoft.Playwright;

namespace Offramp.Browser.Tests;

/// <summary>Steps several journeys take the same way, through the same forms a caseworker uses.</summary>
public static class CaseworkSteps
{
    /// <summary>From the caseload: a referral to the prison mentoring program, screened in, with consent that covers evaluation.</summary>
    public static async Task RegisterAndConsentAsync(IPage page, string givenName, string familyName, string referrer, string reason)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "New referral" }).ClickAsync();
        await page.GetByLabel("Program").SelectOptionAsync(new SelectOptionValue { Label = "Back on Track mentoring (prison)" });
        await page.GetByLabel("Referred by (source)").SelectOptionAsync("SecurityStaff");
        await page.GetByLabel("Referrer (role or agency)").FillAsync(referrer);
        await page.GetByLabel("Reason for referral").FillAsync(reason);
        await page.GetByLabel("Given name").FillAsync(givenName);
        await page.GetByLabel("Family name").FillAsync(familyName);
        await page.GetByRole(AriaRole.Button, new() { Name = "Register referral" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Record screening" }).ClickAsync();
        await page.GetByLabel("Reason").FillAsync("Eligible; motivated.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Record consent" }).ClickAsync();
        await page.GetByLabel("Consent form version").FillAsync("2026-1");
        await page.GetByLabel("Use of data in evaluation (de-identified)").CheckAsync();
        await page.GetByLabel("I explained what taking part means").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record consent" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("stage")).ToHaveTextAsync("Consented");
    }
}
