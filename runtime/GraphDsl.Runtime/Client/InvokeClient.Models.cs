using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace GraphDsl;

public sealed partial class InvokeClient
{
    /// <summary>Finds an installed model by name (<c>GET /api/v2/models/?model_name=…</c>), optionally by base and type.</summary>
    /// <param name="name">The model's name, exactly.</param>
    /// <param name="modelBase">The base (<c>sdxl</c>, <c>flux</c>, …), or <see langword="null"/> for any.</param>
    /// <param name="modelType">The type (<c>main</c>, <c>vae</c>, …), or <see langword="null"/> for any.</param>
    /// <param name="cancellationToken">Stops the request.</param>
    /// <returns>The first match, or <see langword="null"/> when none.</returns>
    public async Task<InvokeModel?> FindModelAsync(string name, string? modelBase = null, string? modelType = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ThrowIfDisposed();
        var query = new StringBuilder("api/v2/models/?model_name=").Append(Uri.EscapeDataString(name));
        if (modelBase is not null)
            query.Append("&base_models=").Append(Uri.EscapeDataString(modelBase));
        if (modelType is not null)
            query.Append("&model_type=").Append(Uri.EscapeDataString(modelType));
        using var doc = await _http.GetJsonAsync(query.ToString(), $"Finding model {name}", cancellationToken).ConfigureAwait(false);
        if (!doc.RootElement.TryGetProperty("models", out var models) || models.ValueKind != JsonValueKind.Array)
            return null;
        foreach (var config in models.EnumerateArray())
        {
            var model = InvokeModel.Read(config);
            // Filter again: the server's name filter is exact, but a proxy or an older server may ignore a parameter.
            if (model.Name == name && (modelBase is null || model.Base == modelBase) && (modelType is null || model.Type == modelType))
                return model;
        }
        return null;
    }
}
