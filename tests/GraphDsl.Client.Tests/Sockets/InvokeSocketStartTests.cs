using System.Net;
using System.Net.Sockets;
using GraphDsl.Client.Sockets;
using Xunit;

namespace GraphDsl.Client.Tests.Sockets;

/// <summary><see cref="InvokeSocket.StartAsync"/> when no server answers.</summary>
public sealed class InvokeSocketStartTests
{
    [Fact]
    public async Task StartAsync_throws_a_timeout_when_nothing_listens()
    {
        await using var socket = new InvokeSocket(new InvokeSocketOptions
        {
            BaseAddress = new Uri($"http://127.0.0.1:{UnusedPort()}/"),
            ConnectTimeout = TimeSpan.FromMilliseconds(500),
            ReconnectDelayMin = TimeSpan.FromMilliseconds(50),
            ReconnectDelayMax = TimeSpan.FromMilliseconds(100),
        });

        var error = await Assert.ThrowsAsync<TimeoutException>(() => socket.StartAsync(CancellationToken.None));

        Assert.Contains("last attempt", error.Message);
        Assert.False(socket.IsConnected);
    }

    [Fact]
    public async Task StartAsync_honours_cancellation()
    {
        await using var socket = new InvokeSocket(new InvokeSocketOptions { BaseAddress = new Uri($"http://127.0.0.1:{UnusedPort()}/") });
        using var canceled = new CancellationTokenSource();
        await canceled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => socket.StartAsync(canceled.Token));
        Assert.False(socket.IsConnected);
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
