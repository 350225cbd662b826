using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace GraphDsl.Client.Http;

/// <summary>
/// The client's HTTP layer: base address, Bearer token (static, or by login, refreshed from <c>X-Refreshed-Token</c>),
/// per-request timeout, retries with exponential backoff for idempotent requests only, and typed errors.
/// </summary>
internal sealed class InvokeHttp : IDisposable
{
    private const string RefreshedTokenHeader = "X-Refreshed-Token";

    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly InvokeClientOptions _options;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _loginLock = new(1, 1);
    private volatile string? _token;

    public InvokeHttp(HttpClient http, bool ownsHttp, Uri baseAddress, InvokeClientOptions options, ILogger logger)
    {
        _http = http;
        _ownsHttp = ownsHttp;
        _options = options;
        _logger = logger;
        _token = options.Token;
        BaseAddress = baseAddress.AbsoluteUri.EndsWith('/') ? baseAddress : new Uri(baseAddress.AbsoluteUri + "/");
    }

    /// <summary>The server's root, ending with a slash.</summary>
    public Uri BaseAddress { get; }

    /// <summary>A path under <c>api/v1/queue/{queue_id}/</c>.</summary>
    public string Queue(string rest) => $"api/v1/queue/{Uri.EscapeDataString(_options.QueueId)}/{rest}";

    /// <summary>The current token, logging in first when the options name an account; <see langword="null"/> when none is configured.</summary>
    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_token is { } token || _options.Email is null || _options.Password is null)
            return _token;
        await _loginLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _token ??= await LoginAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _loginLock.Release();
        }
    }

    /// <summary>A GET answering JSON, retried.</summary>
    public Task<JsonDocument> GetJsonAsync(string path, string what, CancellationToken cancellationToken) =>
        SendAsync(() => new HttpRequestMessage(HttpMethod.Get, path), idempotent: true, what, ReadJsonAsync, cancellationToken);

    /// <summary>A GET answering bytes, retried.</summary>
    public Task<byte[]> GetBytesAsync(string path, string what, CancellationToken cancellationToken) =>
        SendAsync(() => new HttpRequestMessage(HttpMethod.Get, path), idempotent: true, what,
            static (r, ct) => r.Content.ReadAsByteArrayAsync(ct), cancellationToken);

    /// <summary>A request with a JSON body (or none) answering JSON, sent once: never retried except after a re-login.</summary>
    public Task<JsonDocument> SendJsonOnceAsync(HttpMethod method, string path, byte[]? json, string what, CancellationToken cancellationToken) =>
        SendAsync(() =>
        {
            var request = new HttpRequestMessage(method, path);
            if (json is not null)
                request.Content = new ByteArrayContent(json) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };
            return request;
        }, idempotent: false, what, ReadJsonAsync, cancellationToken);

    /// <summary>Sends a request built by <paramref name="build"/> (called once per attempt) and reads its answer with <paramref name="read"/>.</summary>
    public async Task<T> SendAsync<T>(
        Func<HttpRequestMessage> build,
        bool idempotent,
        string what,
        Func<HttpResponseMessage, CancellationToken, Task<T>> read,
        CancellationToken cancellationToken)
    {
        var relogged = false;
        for (var attempt = 0; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.RequestTimeout);
            using var request = build();
            var token = await GetTokenAsync(cancellationToken).ConfigureAwait(false);
            if (token is not null)
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var path = request.RequestUri?.OriginalString ?? "";
            request.RequestUri = new Uri(BaseAddress, path);
            string failure;
            Exception? cause = null;
            HttpStatusCode? status = null;
            string? body = null;
            try
            {
                using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                ClientLog.Answered(_logger, request.Method.Method, path, (int)response.StatusCode);
                AdoptRefreshedToken(response, path);
                if (response.IsSuccessStatusCode)
                    return await read(response, timeout.Token).ConfigureAwait(false);
                body = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.Unauthorized && !relogged && _options.Token is null && _options.Email is not null)
                {
                    // An expired or revoked login: log in again once; the request was refused, so resending is safe.
                    relogged = true;
                    _token = null;
                    attempt--;
                    continue;
                }
                if ((int)response.StatusCode < 500)
                    throw ErrorResponses.ToException(response.StatusCode, body, what);
                status = response.StatusCode;
                failure = $"HTTP {(int)response.StatusCode}";
            }
            catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                failure = "timeout";
                cause = e;
            }
            catch (HttpRequestException e)
            {
                failure = e.HttpRequestError.ToString();
                cause = e;
            }
            catch (IOException e)
            {
                failure = "I/O error";
                cause = e;
            }

            if (!idempotent || attempt >= _options.MaxRetries)
            {
                throw new InvokeServerException(
                    $"{what}: {failure}{(attempt > 0 ? $" after {attempt + 1} attempts" : "")}{(body is null ? "" : " " + ErrorResponses.DetailText(body))}",
                    status, body, cause);
            }
            var delay = TimeSpan.FromTicks(_options.RetryDelay.Ticks * (1L << Math.Min(attempt, 16)));
            ClientLog.Retrying(_logger, request.Method.Method, path, failure, attempt + 1, _options.MaxRetries, delay);
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        _loginLock.Dispose();
        if (_ownsHttp)
            _http.Dispose();
    }

    private static async Task<JsonDocument> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return JsonDocument.Parse(bytes);
    }

    private void AdoptRefreshedToken(HttpResponseMessage response, string path)
    {
        if (_token is not null && response.Headers.TryGetValues(RefreshedTokenHeader, out var values) && values.FirstOrDefault() is { Length: > 0 } refreshed)
        {
            _token = refreshed;
            ClientLog.TokenRefreshed(_logger, path);
        }
    }

    private async Task<string> LoginAsync(CancellationToken cancellationToken)
    {
        var email = _options.Email!;
        var body = new MemoryStream();
        using (var writer = new Utf8JsonWriter(body))
        {
            writer.WriteStartObject();
            writer.WriteString("email", email);
            writer.WriteString("password", _options.Password);
            writer.WriteBoolean("remember_me", false);
            writer.WriteEndObject();
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.RequestTimeout);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(BaseAddress, "api/v1/auth/login"))
        {
            Content = new ByteArrayContent(body.ToArray()) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
        };
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or IOException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new InvokeServerException("Login failed: no answer from the server.", null, null, e);
        }
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
                throw ErrorResponses.ToException(response.StatusCode, text, "Login");
            using var doc = JsonDocument.Parse(Encoding.UTF8.GetBytes(text));
            var token = doc.RootElement.TryGetProperty("token", out var t) ? t.GetString() : null;
            if (string.IsNullOrEmpty(token))
                throw new InvokeAuthenticationException("Login answered without a token.", response.StatusCode, null);
            ClientLog.LoggedIn(_logger, email);
            return token;
        }
    }
}
