using System.Text.Json;

namespace GraphDsl.Serialization;

/// <summary>The codecs of the server's primitive types and the combinators for lists, unions and objects.</summary>
public static class WireCodecs
{
    /// <summary><c>int</c> as <see cref="long"/>.</summary>
    public static WireCodec<long> Integer { get; } = new IntegerCodec();

    /// <summary><c>float</c> as <see cref="double"/>, written in invariant culture.</summary>
    public static WireCodec<double> Float { get; } = new FloatCodec();

    /// <summary><c>str</c>.</summary>
    public static WireCodec<string> String { get; } = new StringCodec();

    /// <summary><c>bool</c>.</summary>
    public static WireCodec<bool> Boolean { get; } = new BooleanCodec();

    /// <summary><c>Any</c>: the JSON as it is.</summary>
    public static WireCodec<JsonElement> Any { get; } = new JsonElementCodec();

    /// <summary><c>list[T]</c>.</summary>
    /// <param name="item">The item codec.</param>
    public static WireCodec<IReadOnlyList<T>> ListOf<T>(WireCodec<T> item) => new ListCodec<T>(item ?? throw new ArgumentNullException(nameof(item)));

    /// <summary><c>T | list[T]</c>.</summary>
    /// <param name="item">The item codec.</param>
    public static WireCodec<OneOrMany<T>> OneOrManyOf<T>(WireCodec<T> item) => new OneOrManyCodec<T>(item ?? throw new ArgumentNullException(nameof(item)));

    /// <summary>A generated schema object.</summary>
    public static WireCodec<T> Object<T>()
        where T : IWireObject<T> => ObjectCodec<T>.Instance;
}
