namespace GraphDsl.Client.Sockets;

/// <summary>Exponential reconnect delays with jitter, between a minimum and a maximum.</summary>
internal sealed class ReconnectBackoff(TimeSpan min, TimeSpan max)
{
    private readonly TimeSpan _min = min < TimeSpan.Zero ? TimeSpan.Zero : min;
    private readonly TimeSpan _max = max < min ? min : max;

    /// <summary>The delay before attempt number <paramref name="failures"/> (0 after a working connection dropped).</summary>
    /// <param name="failures">Consecutive failed attempts so far.</param>
    /// <param name="random">A value in [0, 1) that picks the jitter.</param>
    public TimeSpan Delay(int failures, double random)
    {
        var exponent = Math.Clamp(failures, 0, 30);
        var ceilingTicks = Math.Min((double)_max.Ticks, Math.Max(_min.Ticks, 1) * Math.Pow(2, exponent));
        var ceiling = TimeSpan.FromTicks((long)ceilingTicks);
        var jitter = Math.Clamp(random, 0, 1);
        return _min + ((ceiling - _min) * jitter);
    }
}
