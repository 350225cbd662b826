using System;
using System.Collections.Generic;
using GraphDsl.Emulator.Auth;
using GraphDsl.Emulator.Faults;
using GraphDsl.Emulator.Models;
using Microsoft.Extensions.Logging;

namespace GraphDsl.Emulator;

/// <summary>How an <see cref="InvokeEmulator"/> starts and behaves.</summary>
public sealed class EmulatorOptions
{
    /// <summary>
    /// The OpenAPI document to emulate, as a file path. <see langword="null"/> (the default) uses the InvokeAI 6.14
    /// document built into the emulator; <see cref="SchemaJson"/> wins when both are set.
    /// </summary>
    public string? SchemaPath { get; set; }

    /// <summary>The OpenAPI document to emulate, as JSON text.</summary>
    public string? SchemaJson { get; set; }

    /// <summary>
    /// What <c>GET /api/v1/app/version</c> reports. Default <c>6.14.0</c>; the schema cannot say (its <c>info.version</c>
    /// is FastAPI's <c>1.0.0</c>).
    /// </summary>
    public string AppVersion { get; set; } = "6.14.0";

    /// <summary>The loopback port to listen on; 0 (the default) picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>The server's <c>max_queue_size</c>: an enqueue beyond it is silently truncated. Default 10,000.</summary>
    public int MaxQueueSize { get; set; } = 10_000;

    /// <summary>Multi-user mode: Bearer tokens required, per-user redaction. Default false (single-user: tokens ignored).</summary>
    public bool MultiUser { get; set; }

    /// <summary>The accounts of multi-user mode (ignored in single-user mode).</summary>
    public IList<EmulatorAccount> Users { get; } = [];

    /// <summary>The models <c>GET /api/v2/models/</c> reports; <see cref="EmulatorModel.Defaults"/> unless changed.</summary>
    public IList<EmulatorModel> Models { get; } = [.. EmulatorModel.Defaults];

    /// <summary>The HS256 key tokens are signed with; <see langword="null"/> (the default) makes a random one per start.</summary>
    public string? TokenSecret { get; set; }

    /// <summary>Steps a step node (denoise, upscale, …) reports progress for. Default 4.</summary>
    public int ProgressSteps { get; set; } = 4;

    /// <summary>Socket.io <c>pingInterval</c> sent to clients. Default 25 s (python-socketio's).</summary>
    public TimeSpan SocketPingInterval { get; set; } = TimeSpan.FromSeconds(25);

    /// <summary>Socket.io <c>pingTimeout</c> sent to clients. Default 20 s (python-socketio's).</summary>
    public TimeSpan SocketPingTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Faults to inject, for tests of clients. Can be changed while the server runs.</summary>
    public EmulatorFaults Faults { get; } = new();

    /// <summary>Where the emulator logs; <see langword="null"/> logs nowhere.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }
}
