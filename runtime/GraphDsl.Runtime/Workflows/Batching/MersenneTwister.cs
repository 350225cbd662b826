namespace GraphDsl.Workflows;

/// <summary>
/// MT19937 with the 2002 initialisation (<c>init_genrand</c>), and <see cref="NextDouble"/> as the UI's random
/// generators draw it (the npm package <c>mtwist</c> 1.0.2: <c>randomUInt32() / 2^32</c>): the same seed gives the
/// same values as InvokeAI's UI.
/// </summary>
internal sealed class MersenneTwister
{
    private const int N = 624;
    private const int M = 397;
    private readonly uint[] _state = new uint[N];
    private int _index;

    /// <summary>Seeds the generator; the seed is taken modulo 2^32 (JavaScript's <c>seed &gt;&gt;&gt; 0</c>).</summary>
    public MersenneTwister(long seed)
    {
        _state[0] = unchecked((uint)seed);
        for (var i = 1; i < N; i++)
            _state[i] = unchecked(1812433253u * (_state[i - 1] ^ (_state[i - 1] >> 30)) + (uint)i);
        _index = N;
    }

    public uint NextUInt32()
    {
        if (_index >= N)
            Twist();
        var y = _state[_index++];
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680u;
        y ^= (y << 15) & 0xefc60000u;
        y ^= y >> 18;
        return y;
    }

    /// <summary>A number in [0, 1): <see cref="NextUInt32"/> / 2^32.</summary>
    public double NextDouble() => NextUInt32() / 4294967296.0;

    private void Twist()
    {
        for (var i = 0; i < N; i++)
        {
            var y = (_state[i] & 0x80000000u) | (_state[(i + 1) % N] & 0x7fffffffu);
            _state[i] = _state[(i + M) % N] ^ (y >> 1) ^ ((y & 1u) != 0 ? 0x9908b0dfu : 0u);
        }
        _index = 0;
    }
}
