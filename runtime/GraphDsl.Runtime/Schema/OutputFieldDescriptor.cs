namespace GraphDsl;

/// <summary>One output field of an output type.</summary>
/// <param name="Name">The wire name, e.g. <c>value</c>.</param>
/// <param name="WireType">The type in the server's notation.</param>
public sealed record OutputFieldDescriptor(string Name, string WireType);
