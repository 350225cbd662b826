using System.Text.Json;

namespace GraphDsl.Serialization;

/// <summary>A generated schema object (<c>ImageField</c>, an output, …) that writes and reads its own JSON.</summary>
/// <typeparam name="TSelf">The generated type.</typeparam>
public interface IWireObject<TSelf>
    where TSelf : IWireObject<TSelf>
{
    /// <summary>Writes this object as a JSON object with the server's field names.</summary>
    /// <param name="writer">The destination.</param>
    void WriteTo(Utf8JsonWriter writer);

    /// <summary>Reads an object from its JSON form.</summary>
    /// <param name="element">A JSON object.</param>
    /// <exception cref="JsonException">A required field is missing or has the wrong type.</exception>
    static abstract TSelf ReadFrom(JsonElement element);
}
