using System.Net;
using System.Text.RegularExpressions;

using Offramp.TestSupport;

namespace Offramp.Web.Tests.Evaluation;

/// <summary>Form posts to the evaluation pages as a browser makes them: the anti-forgery token read from the page first.</summary>
internal static partial class EvaluationPageForms
{
    public static async Task<string> TokenAsync(PageSession session, string page)
    {
        var html = await session.GetPageAsync(page);
        var token = Token().Match(html);
        Assert.True(token.Success, $"{page} has no anti-forgery token");
        return token.Groups[1].Value;
    }

    /// <summary>Posts the comparison-group form with a CSV file to the Preview handler.</summary>
    public static async Task<HttpResponseMessage> PreviewAsync(PageSession session, Guid programId, string name, string csv)
    {
        var page = $"/Evaluation/ComparisonGroups?programId={programId}";
        using var content = new MultipartFormDataContent
        {
            { new StringContent(await TokenAsync(session, page)), "__RequestVerificationToken" },
            { new StringContent(name), "Input.Name" },
            { new StringContent("violent reconviction, national statistics 2019 release cohort"), "Input.Definition" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "Upload", "group.csv" },
        };
        return await session.PostMultipartAsync(page + "&handler=Preview", content);
    }

    /// <summary>The sealed file a successful preview carries to the Import step.</summary>
    public static string Sealed(string html)
    {
        var field = SealedField().Match(html);
        Assert.True(field.Success, "the preview carries no sealed file");
        return WebUtility.HtmlDecode(field.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"Sealed\" value=\"([^\"]+)\"")]
    private static partial Regex SealedField();
}
