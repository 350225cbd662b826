using System.Net.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphDsl.DependencyInjection;

/// <summary>Registers an <see cref="InvokeClient"/> with <c>IHttpClientFactory</c>.</summary>
public static class InvokeClientServiceCollectionExtensions
{
    /// <summary>The name of the <see cref="HttpClient"/> the client uses (configure it with <c>AddHttpClient(HttpClientName)</c>).</summary>
    public const string HttpClientName = "GraphDsl.InvokeClient";

    /// <summary>
    /// Registers a singleton <see cref="InvokeClient"/> for <paramref name="baseAddress"/>, over a named
    /// <see cref="HttpClient"/> (<see cref="HttpClientName"/>) from <c>IHttpClientFactory</c>, with validated options.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="baseAddress">The server's root.</param>
    /// <param name="configure">Sets the options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The builder of the named <see cref="HttpClient"/>, to add handlers.</returns>
    public static IHttpClientBuilder AddInvokeClient(this IServiceCollection services, Uri baseAddress, Action<InvokeClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(baseAddress);
        var options = services.AddOptions<InvokeClientOptions>();
        if (configure is not null)
            options.Configure(configure);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<InvokeClientOptions>, InvokeClientOptionsValidator>());
        var builder = services.AddHttpClient(HttpClientName, http =>
        {
            http.BaseAddress = baseAddress;
            http.Timeout = System.Threading.Timeout.InfiniteTimeSpan; // InvokeClientOptions.RequestTimeout applies per request
        });
        services.AddSingleton(provider => new InvokeClient(
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName),
            provider.GetRequiredService<IOptions<InvokeClientOptions>>().Value,
            provider.GetService<ILoggerFactory>()));
        return builder;
    }
}
