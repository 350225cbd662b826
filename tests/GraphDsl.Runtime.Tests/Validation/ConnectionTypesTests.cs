using GraphDsl.Validation;

namespace GraphDsl.Runtime.Tests.Validation;

/// <summary>The wire-type model and the server's edge typing rules.</summary>
public sealed class ConnectionTypesTests
{
    [Theory]
    [InlineData("int", WireTypeKind.Class, "int")]
    [InlineData("ImageField|None", WireTypeKind.Union, "ImageField|None")]
    [InlineData("float|list[float]", WireTypeKind.Union, "float|list[float]")]
    [InlineData("ImageField|list[ImageField]|None", WireTypeKind.Union, "ImageField|list[ImageField]|None")]
    [InlineData("list[ImageField]|None", WireTypeKind.Union, "list[ImageField]|None")]
    [InlineData("Literal[Scheduler]", WireTypeKind.Literal, "Literal[Scheduler]")]
    [InlineData("Literal[Scheduler]|None", WireTypeKind.Union, "Literal[Scheduler]|None")]
    [InlineData("Any", WireTypeKind.Any, "Any")]
    [InlineData("Any|None", WireTypeKind.Union, "Any|None")]
    [InlineData("list[Any]", WireTypeKind.List, "list[Any]")]
    [InlineData("dict[str, Any]", WireTypeKind.Dict, "dict[str, Any]")]
    [InlineData(" dict[ str ,Any ] ", WireTypeKind.Dict, "dict[str, Any]")]
    [InlineData("int|int|None", WireTypeKind.Union, "int|None")]
    [InlineData("list[int|None]", WireTypeKind.List, "list[int|None]")]
    public void Parses_the_generators_notation(string text, WireTypeKind kind, string canonical)
    {
        var type = WireType.Parse(text);
        Assert.Equal(kind, type.Kind);
        Assert.Equal(canonical, type.ToString());
        Assert.Equal(type, WireType.Parse(type.ToString()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("list")]
    [InlineData("list[int")]
    [InlineData("int|")]
    [InlineData("Literal[]")]
    [InlineData("tuple[int]")]
    [InlineData("dict[str]")]
    [InlineData("int]")]
    public void Rejects_what_is_not_the_notation(string text)
    {
        Assert.False(WireType.TryParse(text, out _));
        Assert.Throws<FormatException>(() => WireType.Parse(text));
    }

    [Fact]
    public void Union_equality_ignores_order_as_pythons_does()
    {
        Assert.Equal(WireType.Parse("int|None"), WireType.Parse("None|int"));
        Assert.Equal(WireType.Parse("int|None").GetHashCode(), WireType.Parse("None|int").GetHashCode());
        Assert.Equal(WireType.Parse("list[str|int]"), WireType.Parse("list[int|str]"));
        Assert.NotEqual(WireType.Parse("list[int]"), WireType.Parse("list[int]|None"));
        Assert.NotEqual(WireType.Parse("Literal[A]"), WireType.Parse("A"));
        Assert.True(WireType.Parse("ImageField|None").IsOptional);
        Assert.False(WireType.Parse("ImageField").IsOptional);
    }

    /// <summary>Every type of 6.14's descriptors parses, with nothing lost in a round trip.</summary>
    [Fact]
    public void Every_wire_type_of_the_614_schema_parses()
    {
        var seen = 0;
        var descriptors = typeof(NodeCatalog).Assembly.GetTypes()
            .Where(t => t.Namespace == "InvokeAI.Nodes" && t.IsSubclassOf(typeof(Invocation)))
            .Select(t => t.GetProperty("Definition", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)?.GetValue(null))
            .OfType<NodeDescriptor>()
            .ToList();
        Assert.True(descriptors.Count > 300, $"only {descriptors.Count} node types");
        foreach (var descriptor in descriptors)
        {
            foreach (var text in descriptor.Inputs.Select(i => i.WireType).Concat(descriptor.Outputs.Select(o => o.WireType)))
            {
                Assert.True(WireType.TryParse(text, out var parsed), $"{descriptor.Type}: '{text}'");
                Assert.Equal(text, parsed.ToString());
                seen++;
            }
        }
        Assert.True(seen > 1000, $"only {seen} fields");
    }

    /// <summary>The server's own answers (<see cref="ServerCompatibilityMatrix"/>) for 52 × 52 type pairs.</summary>
    [Fact]
    public void Agrees_with_the_server_on_every_pair_of_the_matrix()
    {
        var types = ServerCompatibilityMatrix.Types.Select(WireType.Parse).ToArray();
        var disagreements = new List<string>();
        for (var i = 0; i < types.Length; i++)
        {
            for (var j = 0; j < types.Length; j++)
            {
                var server = ServerCompatibilityMatrix.Rows[i][j] == '1';
                if (ConnectionTypes.AreCompatible(types[i], types[j]) != server)
                    disagreements.Add($"{types[i]} -> {types[j]}: server {server}");
            }
        }
        Assert.Empty(disagreements);
    }

    /// <summary>The table of <c>invokeai-protocol.md</c> §2, which was checked on the server function, and the rules one by one.</summary>
    [Theory]
    [InlineData("int", "float", true)]                          // rule 5
    [InlineData("int", "float|None", false)]                    // rule 5 needs exactly float
    [InlineData("int", "str|None", false)]
    [InlineData("bool", "int|None", false)]
    [InlineData("bool", "int", true)]                           // rule 6: issubclass(bool, int)
    [InlineData("bool", "float", false)]
    [InlineData("int", "str", true)]
    [InlineData("float", "str", true)]
    [InlineData("float", "int", false)]
    [InlineData("Literal[Scheduler]", "str", false)]
    [InlineData("str", "Literal[Scheduler]", false)]
    [InlineData("Literal[Scheduler]", "Literal[Scheduler]|None", true)]
    [InlineData("Literal[Scheduler]", "Literal[Mode]", false)]   // names only; the server compares value sets
    [InlineData("int", "list[int]|None", false)]                // use collect
    [InlineData("int", "list[int]", true)]                      // rule 3 (fails at run time)
    [InlineData("list[int]", "int|None", true)]                 // rule 7 (fails at run time)
    [InlineData("list[int]", "int", true)]                      // rule 4 (fails at run time)
    [InlineData("int|None", "int", true)]                       // rule 4
    [InlineData("ImageField", "ImageField|list[ImageField]", true)]
    [InlineData("list[ImageField]", "ImageField|list[ImageField]|None", true)]
    [InlineData("list[float]", "str|list[str]", false)]
    [InlineData("ImageField", "Any|None", true)]                // wildcards
    [InlineData("list[Any]", "int", true)]
    [InlineData("dict[str, Any]", "ImageField", true)]
    [InlineData("Any", "list[ImageField]", true)]
    [InlineData("ImageField", "LatentsField", false)]
    public void Applies_the_servers_rules(string from, string to, bool compatible)
    {
        Assert.Equal(compatible, ConnectionTypes.AreCompatible(WireType.Parse(from), WireType.Parse(to)));
    }

    [Fact]
    public void A_missing_type_is_never_compatible()
    {
        Assert.False(ConnectionTypes.AreCompatible(null, WireType.Any));
        Assert.False(ConnectionTypes.AreCompatible(WireType.Any, null));
        Assert.Equal(EdgeCompatibility.Incompatible, ConnectionTypes.Check(null, WireType.Int));
    }

    /// <summary>The edges the server accepts although the value can never fit the input.</summary>
    [Theory]
    [InlineData("list[int]", "int|None", EdgeCompatibility.FailsAtRunTime)]
    [InlineData("list[int]", "int", EdgeCompatibility.FailsAtRunTime)]
    [InlineData("int", "list[int]", EdgeCompatibility.FailsAtRunTime)]
    [InlineData("list[ImageField]", "ImageField|None", EdgeCompatibility.FailsAtRunTime)]
    [InlineData("ImageField", "list[ImageField]", EdgeCompatibility.FailsAtRunTime)]
    [InlineData("int", "list[int]|None", EdgeCompatibility.Incompatible)]
    [InlineData("int", "int|list[int]", EdgeCompatibility.Compatible)]
    [InlineData("list[int]", "int|list[int]", EdgeCompatibility.Compatible)]
    [InlineData("int|list[int]", "int", EdgeCompatibility.Compatible)]   // depends on the value
    [InlineData("int|None", "int", EdgeCompatibility.Compatible)]        // depends on the value
    [InlineData("list[int]", "list[int]|None", EdgeCompatibility.Compatible)]
    [InlineData("list[int]", "Any|None", EdgeCompatibility.Compatible)]
    [InlineData("list[Any]", "int", EdgeCompatibility.Compatible)]       // a collector's output; its own rules decide
    [InlineData("int", "list[Any]", EdgeCompatibility.Compatible)]       // an iterator's or collector's input; ditto
    public void Flags_what_fails_at_run_time(string from, string to, EdgeCompatibility expected)
    {
        Assert.Equal(expected, ConnectionTypes.Check(WireType.Parse(from), WireType.Parse(to)));
    }

    /// <summary>
    /// <c>test_are_connection_types_compatible_accepts_subclass_to_base</c> (<c>tests/test_graph_execution_state.py:2227</c>):
    /// the schema does not say which classes derive from which, so the relation is the caller's to give.
    /// </summary>
    [Fact]
    public void Accepts_subclass_to_base_when_told_the_relation()
    {
        var child = WireType.Class("Child");
        var @base = WireType.Class("Base");
        static bool Relation(string sub, string super) => sub == "Child" && super == "Base";

        Assert.True(ConnectionTypes.AreCompatible(child, @base, Relation));
        Assert.False(ConnectionTypes.AreCompatible(@base, child, Relation));
        Assert.False(ConnectionTypes.AreCompatible(child, @base));
        // As on the server: Sub -> Base|None is rejected (rule 6 only applies between two classes; rule 7 needs membership).
        Assert.False(ConnectionTypes.AreCompatible(child, WireType.Parse("Base|None"), Relation));
    }

    [Fact]
    public void Wildcards_and_lists_are_recognised()
    {
        Assert.True(ConnectionTypes.IsAny(WireType.Parse("list[Any]")));
        Assert.True(ConnectionTypes.IsAny(WireType.Parse("Any|None")));
        Assert.True(ConnectionTypes.IsAny(WireType.Parse("dict[str, Any]")));
        Assert.False(ConnectionTypes.IsAny(WireType.Parse("int|list[Any]")));
        Assert.True(ConnectionTypes.IsListOrContainsList(WireType.Parse("int|list[int]|None")));
        Assert.False(ConnectionTypes.IsListOrContainsList(WireType.Parse("int|None")));
    }
}
