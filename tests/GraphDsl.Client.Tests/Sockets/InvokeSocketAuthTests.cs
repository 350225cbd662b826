using GraphDsl.Client.Sockets;
using GraphDsl.Emulator;
using GraphDsl.Emulator.Auth;
using Xunit;
using static GraphDsl.Client.Tests.Sockets.SocketTestHelpers;

namespace GraphDsl.Client.Tests.Sockets;

/// <summary><see cref="InvokeSocket"/> against a multi-user emulator: the <c>auth</c> token decides acceptance.</summary>
public sealed class InvokeSocketAuthTests
{
    private static EmulatorOptions MultiUser()
    {
        var options = new EmulatorOptions { MultiUser = true };
        options.Users.Add(new EmulatorAccount("alice@example.com", "alice-pw"));
        return options;
    }

    [Fact]
    public async Task A_valid_token_is_accepted_and_the_owners_events_arrive()
    {
        await using var server = await InvokeEmulator.StartAsync(MultiUser());
        var token = await LoginAsync(server, "alice@example.com", "alice-pw");
        await using var socket = new InvokeSocket(new InvokeSocketOptions
        {
            BaseAddress = server.BaseAddress,
            TokenProvider = _ => ValueTask.FromResult<string?>(token),
        });

        await socket.StartAsync(CancellationToken.None);
        var first = await NextAsync(socket);
        var statuses = await RunItemAsync(socket, server, token);

        Assert.Equal(SocketSignal.Connected, first.Signal);
        Assert.True(socket.IsConnected);
        Assert.Equal(["in_progress", "completed"], statuses);
    }

    [Theory]
    [InlineData("not-a-valid-token")]
    [InlineData(null)]
    public async Task A_bad_or_missing_token_is_refused_and_StartAsync_throws(string? token)
    {
        await using var server = await InvokeEmulator.StartAsync(MultiUser());
        await using var socket = new InvokeSocket(new InvokeSocketOptions
        {
            BaseAddress = server.BaseAddress,
            TokenProvider = _ => ValueTask.FromResult(token),
        });

        var error = await Assert.ThrowsAsync<SocketRefusedException>(() => socket.StartAsync(CancellationToken.None));
        var refused = await NextAsync(socket);

        Assert.Equal("Connection rejected by server", error.Reason);
        Assert.Contains("refused", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(SocketSignal.Refused, refused.Signal);
        Assert.Equal("Connection rejected by server", refused.Reason);
        Assert.False(socket.IsConnected);
    }
}
