using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using GraphDsl.Emulator.Api;
using GraphDsl.Emulator.Auth;
using GraphDsl.Emulator.Execution;
using GraphDsl.Emulator.Faults;
using GraphDsl.Emulator.Images;
using GraphDsl.Emulator.Models;
using GraphDsl.Emulator.Queue;
using GraphDsl.Emulator.Schema;
using GraphDsl.Emulator.Sockets;
using GraphDsl.Emulator.Validation;
using GraphDsl.Emulator.Workflows;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GraphDsl.Emulator;

/// <summary>
/// An emulator of an InvokeAI server on a loopback port: the queue API with InvokeAI's validation and execution
/// semantics, socket.io events, images, workflows and auth, with deterministic nodes and placeholder outputs.
/// </summary>
/// <example>
/// <code>
/// await using var server = await InvokeEmulator.StartAsync(new EmulatorOptions());
/// var client = new HttpClient { BaseAddress = server.BaseAddress };
/// </code>
/// </example>
public sealed class InvokeEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly QueueProcessor _processor;
    private readonly SessionQueue _queue;
    private readonly SocketIoServer _sockets;
    private int _disposed;

    private InvokeEmulator(WebApplication app, QueueProcessor processor, SessionQueue queue, SocketIoServer sockets, InvokeSchema schema, EmulatorOptions options, Uri baseAddress)
    {
        _app = app;
        _processor = processor;
        _queue = queue;
        _sockets = sockets;
        Schema = schema;
        Options = options;
        BaseAddress = baseAddress;
    }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:49152/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The schema the server emulates.</summary>
    public InvokeSchema Schema { get; }

    /// <summary>The options it was started with; <see cref="EmulatorOptions.Faults"/> may be changed while it runs.</summary>
    public EmulatorOptions Options { get; }

    /// <summary>Starts an emulator and returns once it accepts requests.</summary>
    /// <param name="options">How to start; <see langword="null"/> for the defaults (InvokeAI 6.14, single-user, a free port).</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <exception cref="InvalidDataException">The OpenAPI document is not an InvokeAI schema.</exception>
    public static async Task<InvokeEmulator> StartAsync(EmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new EmulatorOptions();
        var openApiJson = options.SchemaJson
            ?? (options.SchemaPath is { } path ? await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false) : await ReadDefaultSchemaAsync(cancellationToken).ConfigureAwait(false));
        var schema = InvokeSchema.Parse(openApiJson);
        var loggerFactory = options.LoggerFactory ?? NullLoggerFactory.Instance;
        var clock = TimeProvider.System;

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(loggerFactory);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));

        var auth = new AuthService(options, clock);
        var images = new ImageStore(clock);
        var sockets = new SocketIoServer(new SocketIoServerOptions
        {
            Authenticate = (request, _) => ValueTask.FromResult(auth.ValidateToken(request.ResolvedToken) is { } user ? new SocketIdentity(user.UserId, user.IsAdmin) : null),
            PingInterval = options.SocketPingInterval,
            PingTimeout = options.SocketPingTimeout,
        }, loggerFactory.CreateLogger<SocketIoServer>());
        var queue = new SessionQueue(clock, options.MaxQueueSize);
        var events = new QueueEvents(sockets, queue, clock);
        var runner = new SessionRunner(schema, images, new SessionRunnerOptions
        {
            ProgressSteps = options.ProgressSteps,
            BeforeNode = (type, sourceId, token) => ApplyNodeFaultsAsync(options.Faults, type, sourceId, token),
            BetweenProgressSteps = token => options.Faults.ProgressStepDelay > TimeSpan.Zero ? new ValueTask(Task.Delay(options.Faults.ProgressStepDelay, token)) : ValueTask.CompletedTask,
        });
        var processor = new QueueProcessor(queue, events, runner, loggerFactory.CreateLogger<QueueProcessor>());
        var services = new EmulatorServices(schema, auth, new EnqueueValidator(schema), queue, events, processor);

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(auth);
        builder.Services.AddSingleton<IImageStore>(images);
        builder.Services.AddSingleton(clock);
        builder.Services.AddSingleton(new WorkflowLibrary(clock));
        builder.Services.AddSingleton(services);
        builder.Services.AddSingleton(new ModelCatalog(schema, options.Models));

        var app = builder.Build();
        app.UseMiddleware<HttpFaultMiddleware>(options.Faults);
        app.UseWebSockets();
        app.UseRefreshedToken();
        app.Map("/ws/socket.io", sockets.HandleAsync);
        app.MapQueueEndpoints();
        app.MapAuthEndpoints();
        app.MapImageEndpoints();
        app.MapWorkflowEndpoints();
        app.MapModelEndpoints();
        app.MapAppEndpoints(openApiJson, options.AppVersion);

        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        processor.Start();
        return new InvokeEmulator(app, processor, queue, sockets, schema, options, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>Drops every socket.io connection abruptly (no disconnect packet), as a network failure would.</summary>
    public ValueTask DropSocketsAsync(CancellationToken cancellationToken = default) => _sockets.DisconnectAllAsync(cancellationToken);

    /// <summary>
    /// Restarts the server in place, as InvokeAI does at startup: sockets are dropped, every <c>in_progress</c> or
    /// <c>waiting</c> item becomes <c>canceled</c> (no events: the server was down), pending items stay queued.
    /// </summary>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        await _processor.StopAsync().ConfigureAwait(false);
        await _sockets.DisconnectAllAsync(cancellationToken).ConfigureAwait(false);
        _queue.CancelUnfinishedForRestart();
        _processor.Start();
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        await _processor.DisposeAsync().ConfigureAwait(false);
        await _sockets.DisposeAsync().ConfigureAwait(false);
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static async Task<string> ReadDefaultSchemaAsync(CancellationToken cancellationToken)
    {
        await using var stream = typeof(InvokeEmulator).Assembly.GetManifestResourceStream("GraphDsl.Emulator.invokeai-6.14.openapi.json")
            ?? throw new InvalidOperationException("The built-in InvokeAI 6.14 schema is missing from the emulator assembly.");
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask ApplyNodeFaultsAsync(EmulatorFaults faults, string nodeType, string sourceNodeId, CancellationToken cancellationToken)
    {
        var (delay, failure) = faults.ForNode(nodeType, sourceNodeId);
        if (delay is { } wait)
            await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
        if (failure is not null)
            throw new EmulatedNodeException(failure.ErrorType, failure.Message);
    }
}
