using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Offramp.TestSupport;

/// <summary>Small helpers for API calls: JSON bodies, If-Match, and status checks that show the response body on failure.</summary>
public static class ApiCalls
{
    /// <summary>Sends <paramref name="body"/> as JSON (when not null) with If-Match: "<paramref name="ifMatch"/>" (when given).</summary>
    public static Task<HttpResponseMessage> SendJsonAsync(this HttpClient client, HttpMethod method, string url, object? body = null, int? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: TestJson.Options);
        }

        if (ifMatch is { } version)
        {
            request.Headers.TryAddWithoutValidation("If-Match", $"\"{version}\"");
        }

        return client.SendAsync(request);
    }

    /// <summary>Sends raw text as application/json (for malformed bodies).</summary>
    public static Task<HttpResponseMessage> SendRawJsonAsync(this HttpClient client, HttpMethod method, string url, string json, int? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        if (ifMatch is { } version)
        {
            request.Headers.TryAddWithoutValidation("If-Match", $"\"{version}\"");
        }

        return client.SendAsync(request);
    }

    /// <summary>Throws with the method, URL, status and body unless the response has <paramref name="expected"/>.</summary>
    public static async Task<HttpResponseMessage> ExpectAsync(this Task<HttpResponseMessage> pending, HttpStatusCode expected)
    {
        var response = await pending;
        if (response.StatusCode != expected)
        {
            var body = await response.Content.ReadAsStringAsync();
            throw new InvalidOperationException(
                $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery}: expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        }

        return response;
    }

    public static async Task<T> ReadJsonAsync<T>(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<T>(TestJson.Options)
        ?? throw new InvalidOperationException($"The response body was empty, expected {typeof(T).Name}.");

    /// <summary>The "id" of a 201 Created body such as { "id": "..." }.</summary>
    public static async Task<Guid> ReadCreatedIdAsync(this HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.GetProperty("id").GetGuid();
    }

    /// <summary>The version in a strong ETag ("3").</summary>
    public static int ETagVersion(this HttpResponseMessage response) =>
        int.Parse(response.Headers.ETag?.Tag.Trim('"') ?? throw new InvalidOperationException("The response has no ETag."), System.Globalization.CultureInfo.InvariantCulture);
}
