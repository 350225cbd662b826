using System.Collections.Concurrent;

namespace GraphDsl.Generator.Tests.Infrastructure;

/// <summary>The real InvokeAI schemas in <c>schemas/</c>, copied beside the tests.</summary>
public static class Schemas
{
    public static readonly string[] Versions = ["6.8", "6.14"];

    private static readonly ConcurrentDictionary<string, string> Cache = new();

    public static string PathOf(string version) => Path.Combine(AppContext.BaseDirectory, "Schemas", $"invokeai-{version}.openapi.json");

    public static string Text(string version) => Cache.GetOrAdd(version, v => File.ReadAllText(PathOf(v)));

    public static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
}
