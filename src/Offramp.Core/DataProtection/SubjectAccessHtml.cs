using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Offramp.Core.DataProtection;

/// <summary>A self-contained, readable HTML page of a subject access export; every value HTML-encoded.</summary>
public static class SubjectAccessHtml
{
    public static string Render(SubjectAccessExport export)
    {
        var enc = HtmlEncoder.Default;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Your data held by the program</title></head><body>\n");
        html.Append(CultureInfo.InvariantCulture, $"<h1>Data held about participant {enc.Encode(export.ParticipantCode)}</h1>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p>Produced {export.ProducedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC.</p>\n");
        foreach (var section in export.Sections)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>{enc.Encode(section.Title)}</h2>\n");
            if (section.Note is not null)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p>{enc.Encode(section.Note)}</p>\n");
            }

            if (section.Rows.Count == 0)
            {
                html.Append("<p>None.</p>\n");
                continue;
            }

            html.Append("<table><thead><tr>");
            foreach (var column in section.Columns)
            {
                html.Append(CultureInfo.InvariantCulture, $"<th>{enc.Encode(column)}</th>");
            }

            html.Append("</tr></thead><tbody>\n");
            foreach (var row in section.Rows)
            {
                html.Append("<tr>");
                foreach (var cell in row)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<td>{enc.Encode(cell ?? "")}</td>");
                }

                html.Append("</tr>\n");
            }

            html.Append("</tbody></table>\n");
        }

        return html.Append("</body></html>\n").ToString();
    }
}
