using System.Net;

using Offramp.Core.DataProtection;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.DataProtection;

/// <summary>CSV cells a spreadsheet would run as formulas are neutralised, in the shared helper and in the register export.</summary>
public sealed class SpreadsheetSafeTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [InlineData("=1+1", "\"'=1+1\"")]
    [InlineData("+33 1 23", "\"'+33 1 23\"")]
    [InlineData("-2", "\"'-2\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("\tx", "\"'\tx\"")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("say \"hi\", then =go", "\"say \"\"hi\"\", then =go\"")]
    [InlineData("plain", "\"plain\"")]
    [InlineData("", "\"\"")]
    [InlineData(null, "\"\"")]
    public void Cells_that_start_like_formulas_get_an_apostrophe_and_every_cell_is_quoted(string? value, string expected) =>
        Assert.Equal(expected, SpreadsheetSafe.Field(value));

    [Theory]
    [BothProviders]
    public async Task The_register_export_escapes_a_formula_typed_into_the_legal_basis(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = (await world.RegisterParticipantAsync()).Id;
        var command = TestWorld.NewDisclosure();
        command.LegalBasis = "=HYPERLINK(\"http://evil.example\",\"Click\")";
        await world.SendDisclosureAsync(participant, command, stepUpCode: await world.FreshStepUpCodeAsync(Persona.Director)).ExpectAsync(HttpStatusCode.Created);

        var response = await world.Client(Persona.Director).GetAsync("/api/v1/disclosures/register.csv").ExpectAsync(HttpStatusCode.OK);
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\"", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("\"=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Client(Persona.CaseworkerA).GetAsync("/api/v1/disclosures/register.csv")).StatusCode);
    }
}
