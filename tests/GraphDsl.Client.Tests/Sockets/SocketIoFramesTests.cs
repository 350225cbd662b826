using System.Text;
using GraphDsl.Client.Sockets;
using Xunit;

namespace GraphDsl.Client.Tests.Sockets;

/// <summary>Framing helpers: addresses, outgoing packets, incoming classification, backoff.</summary>
public sealed class SocketIoFramesTests
{
    [Theory]
    [InlineData("http://127.0.0.1:9090/", "/ws/socket.io/", "ws://127.0.0.1:9090/ws/socket.io/?EIO=4&transport=websocket")]
    [InlineData("https://invoke.example/", "/ws/socket.io/", "wss://invoke.example/ws/socket.io/?EIO=4&transport=websocket")]
    [InlineData("https://proxy.example/invoke/", "ws/socket.io/", "wss://proxy.example/invoke/ws/socket.io/?EIO=4&transport=websocket")]
    public void The_websocket_address_keeps_the_base_path_and_maps_the_scheme(string baseAddress, string path, string expected) =>
        Assert.Equal(expected, EngineIoConnection.BuildUri(new Uri(baseAddress), path).ToString());

    [Fact]
    public void Connect_carries_the_token_as_escaped_json_or_nothing()
    {
        Assert.Equal("40", SocketIoFrames.Connect(null));
        Assert.Equal("""40{"token":"a\u0022b"}""", SocketIoFrames.Connect("a\"b"));
        Assert.Equal("""421["subscribe_queue",{"queue_id":"default"}]""", SocketIoFrames.SubscribeQueue("default"));
    }

    [Theory]
    [InlineData("0{\"sid\":\"x\"}", "Open")]
    [InlineData("1", "Close")]
    [InlineData("2", "Ping")]
    [InlineData("3", "Other")]
    [InlineData("40{\"sid\":\"s\"}", "Accepted")]
    [InlineData("41", "Disconnect")]
    [InlineData("42[\"e\",{}]", "Event")]
    [InlineData("44{\"message\":\"no\"}", "Refused")]
    [InlineData("431[]", "SubscribeAcknowledged")]
    [InlineData("432[]", "Other")]
    [InlineData("43[]", "Other")]
    [InlineData("42/admin,[\"e\",{}]", "Other")]
    public void Incoming_frames_are_classified(string text, string expected) =>
        Assert.Equal(expected, SocketIoFrames.Classify(Encoding.UTF8.GetBytes(text)).Kind.ToString());

    [Fact]
    public void The_open_packet_gives_the_ping_window()
    {
        var frame = SocketIoFrames.Classify("""0{"sid":"abc","upgrades":[],"pingInterval":25000,"pingTimeout":20000,"maxPayload":1000000}"""u8.ToArray());
        var handshake = EngineIoHandshake.Parse(frame.Data);

        Assert.Equal("abc", handshake.Sid);
        Assert.Equal(TimeSpan.FromSeconds(45), handshake.PingWindow);
        Assert.Throws<InvalidDataException>(() => EngineIoHandshake.Parse("{}"u8.ToArray()));
    }

    [Fact]
    public void Backoff_grows_exponentially_within_the_bounds()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10));

        Assert.Equal(TimeSpan.FromMilliseconds(200), backoff.Delay(0, 0.99));
        Assert.Equal(TimeSpan.FromMilliseconds(200), backoff.Delay(3, 0));
        Assert.Equal(TimeSpan.FromMilliseconds(1600), backoff.Delay(3, 1));
        Assert.Equal(TimeSpan.FromSeconds(10), backoff.Delay(50, 1));
        Assert.InRange(backoff.Delay(2, 0.5), TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(800));
    }
}
