using System.Net;

using Offramp.Core.DataProtection;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.DataProtection;

/// <summary>CSV cells a spreadsheet would run as formulas are neutralised, in the one writer and in the register export.</summary>
public sealed class SpreadsheetCsvTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    /// <summary>Every cell quoted as RFC 4180 needs, and a record whose only field is empty quoted too: an empty line is no record to a reader.</summary>
    [Theory]
    [InlineData("=1+1", "\"'=1+1\"")]
    [InlineData("+33 1 23", "\"'+33 1 23\"")]
    [InlineData("-2", "\"'-2\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("\tx", "\"'\tx\"")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("say \"hi\", then =go", "\"say \"\"hi\"\", then =go\"")]
    [InlineData("plain", "plain")]
    [InlineData("", "\"\"")]
    [InlineData(null, "\"\"")]
    public void Text_that_starts_like_a_formula_gets_an_apostrophe(string? value, string expected) =>
        Assert.Equal($"cell\r\n{expected}\r\n", SpreadsheetCsv.Document(["cell"], [[value]]));

    /// <summary>
    /// Numbers are not formulas: a negative figure stays a number a spreadsheet or R reads as one (the evaluation
    /// tables used to write "'-0.25"), while the same characters sent as text are still escaped.
    /// </summary>
    [Fact]
    public void Numbers_keep_their_sign_and_text_that_looks_like_one_does_not() =>
        Assert.Equal("text,int,long,double\r\n\"'-2\",-2,-3,-0.25\r\n", SpreadsheetCsv.Document(["text", "int", "long", "double"], [["-2", -2, -3L, -0.25]]));

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
