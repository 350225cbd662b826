using GraphDsl.Emulator;

namespace GraphDsl.Cli.Server;

/// <summary>A connected server for one verb: the one at <c>--url</c>, or an in-process emulator started for it.</summary>
internal sealed class ServerSession : IAsyncDisposable
{
    private readonly InvokeEmulator? _emulator;

    private ServerSession(InvokeEmulator? emulator, InvokeClient client, string description)
    {
        _emulator = emulator;
        Client = client;
        Description = description;
    }

    /// <summary>The client.</summary>
    public InvokeClient Client { get; }

    /// <summary>The server for messages: <c>InvokeAI 6.14.0, http://…</c>.</summary>
    public string Description { get; }

    /// <summary>Starts the emulator (when <paramref name="url"/> is <see langword="null"/>) and checks the server answers, with one quick request.</summary>
    /// <param name="url">The server, or <see langword="null"/> for the emulator.</param>
    /// <param name="token">A bearer token.</param>
    /// <param name="emulatorSchema">The emulator's schema (default: InvokeAI 6.14, built in).</param>
    /// <param name="cancellationToken">Cancels starting.</param>
    public static async Task<ServerSession> OpenAsync(Uri? url, string? token, FileInfo? emulatorSchema, CancellationToken cancellationToken)
    {
        var emulator = url is null
            ? await InvokeEmulator.StartAsync(new EmulatorOptions { SchemaPath = emulatorSchema?.FullName }, cancellationToken).ConfigureAwait(false)
            : null;
        try
        {
            var server = emulator?.BaseAddress ?? url!;
            string? version;
            using (var http = ServerHttp.Create(server, token, TimeSpan.FromSeconds(30)))
                version = await ServerHttp.GetVersionAsync(http, cancellationToken).ConfigureAwait(false); // an unreachable server fails here, at once

            var client = new InvokeClient(server, new InvokeClientOptions { Token = token });
            return new ServerSession(emulator, client, $"InvokeAI {version ?? "(version unknown)"}, {(emulator is null ? server.ToString() : "the in-process emulator")}");
        }
        catch
        {
            if (emulator is not null)
                await emulator.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync().ConfigureAwait(false);
        if (_emulator is not null)
            await _emulator.DisposeAsync().ConfigureAwait(false);
    }
}
