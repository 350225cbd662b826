using System.Net.Http.Headers;
using System.Text.Json;

namespace GraphDsl.Cli.Server;

/// <summary>Plain, single-attempt requests to an InvokeAI server: for the verbs that fetch a document, and to check a server answers before a run.</summary>
internal static class ServerHttp
{
    /// <summary>An <see cref="HttpClient"/> for <paramref name="server"/>, with the bearer <paramref name="token"/> when given.</summary>
    public static HttpClient Create(Uri server, string? token, TimeSpan timeout)
    {
        var http = new HttpClient { BaseAddress = server, Timeout = timeout };
        if (token is not null)
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    /// <summary>GETs <paramref name="path"/> (relative to the server) as JSON.</summary>
    /// <exception cref="CliException">The server answered an error status or not JSON.</exception>
    /// <exception cref="HttpRequestException">The server could not be reached.</exception>
    public static async Task<JsonDocument> GetJsonAsync(HttpClient http, string path, CancellationToken cancellationToken)
    {
        var url = new Uri(http.BaseAddress!, path);
        using var response = await http.GetAsync(url, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
            throw new CliException($"GET {url} answered {(int)response.StatusCode} {response.ReasonPhrase}.");
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            return await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException exception)
        {
            throw new CliException($"GET {url} did not answer JSON: {exception.Message}", exception);
        }
    }

    /// <summary>The server's InvokeAI version (<c>GET /api/v1/app/version</c>), or <see langword="null"/> when it does not say.</summary>
    public static async Task<string?> GetVersionAsync(HttpClient http, CancellationToken cancellationToken)
    {
        using var version = await GetJsonAsync(http, "api/v1/app/version", cancellationToken).ConfigureAwait(false);
        return version.RootElement.ValueKind == JsonValueKind.Object && version.RootElement.TryGetProperty("version", out var text) && text.ValueKind == JsonValueKind.String
            ? text.GetString()
            : null;
    }
}
