using GraphDsl.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static GraphDsl.Generator.Tests.Robustness.HandMadeSchema;
using static GraphDsl.Generator.Tests.Robustness.RobustnessSupport;

namespace GraphDsl.Generator.Tests.Robustness;

/// <summary>
/// Bad schemas: each problem is the documented GDSL diagnostic, with its severity, at the offending line and column of
/// the schema file; nothing throws; and whatever can still be generated is generated.
/// </summary>
public sealed class DiagnosticTests
{
    private const string SchemaPath = "/project/robust.openapi.json";

    // ---------------------------------------------------------------- GDSL001

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Invalid_json_is_GDSL001_at_the_position_the_reader_stopped(string newline)
    {
        // A missing comma: the reader stops at the next member's opening quote.
        var text = Basic().ReplaceOnce("\"version\": \"1.0.1\",", "\"version\": \"1.0.1\"").Replace("\n", newline);
        var run = GeneratorHarness.Run(new SchemaInput(SchemaPath, text));

        AssertNoGeneratorFailure(run);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("GDSL001", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        AssertAt(diagnostic, SchemaPath, text, IndexAfter(text, "\"output\"", "\"version\": \"1.0.1\""));
        Assert.Contains("robust.openapi.json", diagnostic.GetMessage());
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void Invalid_json_column_counts_characters_not_utf8_bytes()
    {
        // Non-ASCII text before the error on the same line: JsonException counts bytes, Roslyn counts UTF-16 characters.
        var text = Basic().ReplaceOnce("\"title\": \"Add Integers\",", "\"title\": \"Ädd Integers — ∑ 😀\" \"stray\",");
        var run = GeneratorHarness.Run(new SchemaInput(SchemaPath, text));

        AssertNoGeneratorFailure(run);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("GDSL001", diagnostic.Id);
        AssertAt(diagnostic, SchemaPath, text, text.IndexOf("\"stray\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Trailing_comma_is_GDSL001_at_the_closing_bracket()
    {
        var text = Basic().ReplaceOnce("\"tags\": [\"math\", \"add\"]", "\"tags\": [\"math\", \"add\",]");
        var run = GeneratorHarness.Run(new SchemaInput(SchemaPath, text));

        AssertNoGeneratorFailure(run);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("GDSL001", diagnostic.Id);
        AssertAt(diagnostic, SchemaPath, text, IndexAfter(text, "]", "\"tags\": [\"math\", \"add\","));
    }

    [Theory]
    [InlineData("AddInvocation", 0)]        // at the start of a line
    [InlineData("AddInvocation", 211)]      // inside AddInvocation, mid-line
    [InlineData("IntegerOutput", 37)]
    [InlineData("", 1_500_000)]             // halfway through the file
    public void Truncated_real_document_is_GDSL001_at_its_end(string schema, int offset)
    {
        var real = Schemas.Text("6.14");
        var cut = schema.Length == 0 ? offset : real.IndexOf($"\"{schema}\": {{", StringComparison.Ordinal) + offset;
        if (schema.Length > 0 && offset == 0)
            cut = real.LastIndexOf('\n', cut) + 1;
        var text = real.Substring(0, cut);
        var run = GeneratorHarness.Run(new SchemaInput(SchemaPath, text));

        AssertNoGeneratorFailure(run);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("GDSL001", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        // The reader runs out of data: the position is the end of the file.
        AssertAt(diagnostic, SchemaPath, text, text.Length);
        Assert.Empty(run.Sources);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n  ")]
    public void Empty_file_is_GDSL001(string text)
    {
        var run = GeneratorHarness.Run(new SchemaInput(SchemaPath, text));

        AssertNoGeneratorFailure(run);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("GDSL001", diagnostic.Id);
        AssertAt(diagnostic, SchemaPath, text, text.Length);
    }

    // ---------------------------------------------------------------- GDSL002

    [Fact]
    public void No_components_is_GDSL002_at_the_root()
    {
        var text = "\n\n  {\n    \"openapi\": \"3.1.0\",\n    \"info\": {\n      \"title\": \"x\"\n    },\n    \"paths\": {}\n  }\n";
        var run = GeneratorHarness.Run(new SchemaInput(SchemaPath, text));

        AssertNoGeneratorFailure(run);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("GDSL002", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        AssertAt(diagnostic, SchemaPath, text, text.IndexOf('{'));
        Assert.Empty(run.Sources);
    }

    [Theory]
    [InlineData("{\n      \"securitySchemes\": {}\n    }")]
    [InlineData("{\n      \"schemas\": [\n        1\n      ]\n    }")]
    [InlineData("{\n      \"schemas\": null\n    }")]
    public void Components_without_a_schemas_object_is_GDSL002_at_components(string components)
    {
        var text = "{\n  \"openapi\": \"3.1.0\",\n  \"paths\": {},\n  \"components\":\n    " + components + "\n}\n";
        var run = GeneratorHarness.Run(new SchemaInput(SchemaPath, text));

        AssertNoGeneratorFailure(run);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("GDSL002", diagnostic.Id);
        AssertAt(diagnostic, SchemaPath, text, IndexAfter(text, "{", "\"components\":"));
        Assert.Empty(run.Sources);
    }

    [Theory]
    [InlineData("[\n  {}\n]\n")]
    [InlineData("\"just a string\"")]
    [InlineData("42")]
    public void A_root_that_is_not_an_object_is_GDSL002_at_the_root(string text)
    {
        var run = GeneratorHarness.Run(new SchemaInput(SchemaPath, text));

        AssertNoGeneratorFailure(run);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("GDSL002", diagnostic.Id);
        AssertAt(diagnostic, SchemaPath, text, 0);
    }

    // ---------------------------------------------------------------- GDSL003

    [Fact]
    public void Missing_ref_in_a_node_field_is_GDSL003_and_the_field_is_generated_untyped()
    {
        var fields =
            Field("image", """ "anyOf": [{ "$ref": "#/components/schemas/MissingImageField" }, { "type": "null" }] """) + "\n"
            + Field("mask", """ "allOf": [{ "$ref": "#/components/schemas/MissingMaskField" }] """, input: "connection");
        var text = Document(Node("MaskInvocation", "mask_from_image", fields), IntegerOutput, ImageField);
        var run = GeneratorHarness.Run(new SchemaInput(SchemaPath, text));

        AssertNoGeneratorFailure(run);
        var diagnostics = run.GeneratorDiagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToList();
        Assert.Equal(["GDSL003", "GDSL003"], diagnostics.Select(d => d.Id));
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        AssertAt(diagnostics[0], SchemaPath, text, IndexAfter(text, "{", "\"image\":"));
        AssertAt(diagnostics[1], SchemaPath, text, IndexAfter(text, "{", "\"mask\":"));
        Assert.Contains("'MaskInvocation.image' refers to 'MissingImageField'", diagnostics[0].GetMessage());
        Assert.Contains("'MaskInvocation.mask' refers to 'MissingMaskField'", diagnostics[1].GetMessage());

        Assert.Equal("GraphDsl.AnyInput", PropertyType(run, "MaskInvocation", "Image"));
        Assert.Equal("GraphDsl.AnyConnection", PropertyType(run, "MaskInvocation", "Mask"));
        Assert.Equal("GraphDsl.IntegerInput", PropertyType(run, "MaskInvocation", "A"));
        AssertCompiles(run);
    }

    [Fact]
    public void Missing_output_ref_is_GDSL003_at_the_ref_and_the_node_gets_UntypedOutput()
    {
        var text = Document(Node("AddInvocation", "add", output: "NoSuchOutput"), IntegerOutput);
        var run = GeneratorHarness.Run(new SchemaInput(SchemaPath, text));

        AssertNoGeneratorFailure(run);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("GDSL003", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        AssertAt(diagnostic, SchemaPath, text, IndexAfter(text, "\"#/components/schemas/NoSuchOutput\"", "\"$ref\": "));
        Assert.Contains("'AddInvocation.output' refers to 'NoSuchOutput'", diagnostic.GetMessage());
        var node = Type(run, "AddInvocation");
        Assert.Equal("GraphDsl.Invocation<GraphDsl.UntypedOutput, GraphDsl.UntypedOutput.Ports>", node.BaseType!.ToDisplayString());
        AssertCompiles(run);
    }

    // ---------------------------------------------------------------- GDSL004

    [Fact]
    public void Unknown_field_shapes_are_GDSL004_naming_node_and_field_and_the_rest_is_generated()
    {
        var fields =
            Field("grid", """ "type": "array", "items": { "type": "array", "items": { "type": "integer" } } """) + "\n"
            + Field("choice", """ "anyOf": [{ "type": "integer" }, { "type": "string" }] """, input: "connection") + "\n"
            + Field("inline", """ "type": "object", "properties": { "x": { "type": "integer" } } """) + "\n"
            + Field("b", """ "type": "integer", "minimum": 0 """);
        var text = Document(Node("GridInvocation", "grid", fields), IntegerOutput);
        var run = GeneratorHarness.Run(new SchemaInput(SchemaPath, text));

        AssertNoGeneratorFailure(run);
        var diagnostics = run.GeneratorDiagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToList();
        Assert.Equal(["GDSL004", "GDSL004", "GDSL004"], diagnostics.Select(d => d.Id));
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        AssertAt(diagnostics[0], SchemaPath, text, IndexAfter(text, "{", "\"grid\":"));
        AssertAt(diagnostics[1], SchemaPath, text, IndexAfter(text, "{", "\"choice\":"));
        AssertAt(diagnostics[2], SchemaPath, text, IndexAfter(text, "{", "\"inline\":"));
        Assert.StartsWith("Field 'grid' of 'GridInvocation' has a type GraphDsl cannot express (a list of lists)", diagnostics[0].GetMessage());
        Assert.StartsWith("Field 'choice' of 'GridInvocation' has a type GraphDsl cannot express (a union of int, str)", diagnostics[1].GetMessage());
        Assert.StartsWith("Field 'inline' of 'GridInvocation'", diagnostics[2].GetMessage());

        Assert.Equal("GraphDsl.AnyInput", PropertyType(run, "GridInvocation", "Grid"));
        Assert.Equal("GraphDsl.AnyConnection", PropertyType(run, "GridInvocation", "Choice"));
        Assert.Equal("GraphDsl.AnyInput", PropertyType(run, "GridInvocation", "Inline"));
        Assert.Equal("GraphDsl.IntegerInput", PropertyType(run, "GridInvocation", "A"));
        Assert.Equal("GraphDsl.IntegerInput", PropertyType(run, "GridInvocation", "B"));
        Assert.Equal("GraphDsl.Invocation<InvokeAI.Nodes.IntegerOutput, InvokeAI.Nodes.IntegerOutput.Ports>", Type(run, "GridInvocation").BaseType!.ToDisplayString());
        AssertCompiles(run);
    }

    [Fact]
    public void A_field_schema_that_is_not_an_object_is_GDSL004_at_that_value()
    {
        var text = Basic().ReplaceOnce("\"use_cache\": {", "\"weird\": [\n            1\n          ],\n          \"use_cache\": {");
        var run = GeneratorHarness.Run(new SchemaInput(SchemaPath, text));

        AssertNoGeneratorFailure(run);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("GDSL004", diagnostic.Id);
        AssertAt(diagnostic, SchemaPath, text, IndexAfter(text, "[", "\"weird\": "));
        Assert.Equal("GraphDsl.AnyInput", PropertyType(run, "AddInvocation", "Weird"));
        AssertCompiles(run);
    }

    // ---------------------------------------------------------------- GDSL005

    [Theory]
    [InlineData("\"const\": \"sub\",", "")]               // no const
    [InlineData("\"const\": \"sub\",", "\"const\": 3,")]  // a const that is not a string
    [InlineData("\"const\": \"sub\",", "\"const\": \"\",")] // an empty wire type
    public void Invocation_without_a_type_const_is_GDSL005_at_its_properties_and_other_nodes_are_generated(string find, string replace)
    {
        var broken = Node("SubtractInvocation", "sub").ReplaceOnce(find, replace);
        var text = Document(Node("AddInvocation", "add"), broken, IntegerOutput);
        var run = GeneratorHarness.Run(new SchemaInput(SchemaPath, text));

        AssertNoGeneratorFailure(run);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("GDSL005", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        AssertAt(diagnostic, SchemaPath, text, IndexAfter(text, "{", "\"SubtractInvocation\": {", "\"properties\": "));
        Assert.Contains("'SubtractInvocation'", diagnostic.GetMessage());
        Assert.Contains(run.Sources, s => s.HintName == "InvokeAI.Nodes.AddInvocation.g.cs");
        Assert.DoesNotContain(run.Sources, s => s.HintName.Contains("Subtract", StringComparison.Ordinal));
        AssertCompiles(run);
    }

    [Fact]
    public void Invocation_without_properties_is_GDSL005_at_its_schema()
    {
        var broken = "      \"SubtractInvocation\": {\n        \"class\": \"invocation\",\n        \"title\": \"Subtract\"\n      }";
        var text = Document(Node("AddInvocation", "add"), broken, IntegerOutput);
        var run = GeneratorHarness.Run(new SchemaInput(SchemaPath, text));

        AssertNoGeneratorFailure(run);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("GDSL005", diagnostic.Id);
        AssertAt(diagnostic, SchemaPath, text, IndexAfter(text, "{", "\"SubtractInvocation\": "));
        Assert.Contains(run.Sources, s => s.HintName == "InvokeAI.Nodes.AddInvocation.g.cs");
        AssertCompiles(run);
    }

    // ---------------------------------------------------------------- GDSL006

    [Theory]
    [InlineData("\"version\": \"1.0.1\"", "\"version\": 3", "3")]
    [InlineData("\"tags\": [\"math\", \"add\"]", "\"tags\": \"x\"", "\"x\"")]
    [InlineData("\"tags\": [\"math\", \"add\"]", "\"tags\": [\"math\", 7]", "[")]
    [InlineData("\"title\": \"Add Integers\"", "\"title\": {\n          \"text\": \"Add\"\n        }", "{")]
    [InlineData("\"classification\": \"stable\"", "\"classification\": \"weird\"", "\"weird\"")]
    [InlineData("\"category\": \"math\"", "\"category\": false", "false")]
    [InlineData("\"required\": [\n          \"type\",\n          \"id\"\n        ]", "\"required\": \"type\"", "\"type\"")]
    [InlineData("\"title\": \"A\",", "\"title\": \"A\",\n            \"ge\": \"zero\",", "\"zero\"")]
    [InlineData("\"description\": \"The first number\"", "\"description\": 12.5", "12.5")]
    public void Wrong_typed_value_is_GDSL006_at_that_value_and_the_node_is_generated(string find, string replace, string token)
    {
        var text = Basic().ReplaceOnce(find, replace);
        var run = GeneratorHarness.Run(new SchemaInput(SchemaPath, text));

        AssertNoGeneratorFailure(run);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("GDSL006", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        var at = text.IndexOf(replace, StringComparison.Ordinal);
        AssertAt(diagnostic, SchemaPath, text, text.IndexOf(token, at + replace.IndexOf(':'), StringComparison.Ordinal));
        Assert.Contains("AddInvocation", diagnostic.GetMessage());
        Assert.Contains(run.Sources, s => s.HintName == "InvokeAI.Nodes.AddInvocation.g.cs");
        AssertCompiles(run);
    }

    [Fact]
    public void Wrong_typed_version_leaves_the_version_empty()
    {
        var run = GeneratorHarness.Run(new SchemaInput(SchemaPath, Basic().ReplaceOnce("\"version\": \"1.0.1\"", "\"version\": 3")));

        var descriptor = GeneratedDescriptor.Read(run.Source("InvokeAI.Nodes.AddInvocation.g.cs"));
        Assert.Equal("add", descriptor.GetProperty("type").GetString());
        Assert.Equal("", descriptor.GetProperty("version").GetString());
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void GDSL006_line_and_column_are_right_with_either_line_ending(string newline)
    {
        var text = Basic().ReplaceOnce("\"version\": \"1.0.1\"", "\"version\": 3").Replace("\n", newline);
        var run = GeneratorHarness.Run(new SchemaInput(SchemaPath, text));

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        AssertAt(diagnostic, SchemaPath, text, IndexAfter(text, "3", "\"version\": "));
    }

    // ---------------------------------------------------------------- GDSL007

    [Theory]
    [InlineData(null)]
    [InlineData("Same.Nodes")]
    public void Two_files_in_one_namespace_is_GDSL007_on_the_second_by_path_and_the_first_is_generated(string? ns)
    {
        var first = new SchemaInput("/project/a/first.openapi.json", Document(Node("AddInvocation", "add"), IntegerOutput), ns);
        var second = new SchemaInput("/project/b/second.openapi.json", Document(Node("SubtractInvocation", "sub"), IntegerOutput), ns);
        var run = GeneratorHarness.Run([second, first], "internal static class Uses { public static object Node() => new " + (ns ?? "InvokeAI.Nodes") + ".AddInvocation { A = 1 }; }");

        AssertNoGeneratorFailure(run);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("GDSL007", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        // The whole file is the problem: its start.
        AssertAt(diagnostic, second.Path, second.Text, 0);
        Assert.Contains("second.openapi.json", diagnostic.GetMessage());
        Assert.Contains("first.openapi.json", diagnostic.GetMessage());

        Assert.NotNull(run.Compilation.GetTypeByMetadataName((ns ?? "InvokeAI.Nodes") + ".AddInvocation"));
        Assert.Null(run.Compilation.GetTypeByMetadataName((ns ?? "InvokeAI.Nodes") + ".SubtractInvocation"));
        AssertCompiles(run);
    }

    // ---------------------------------------------------------------- GDSL008

    [Fact]
    public void A_schema_with_no_invocations_is_GDSL008_at_components_schemas()
    {
        var text = Document(IntegerOutput, ImageField);
        var run = GeneratorHarness.Run(new SchemaInput(SchemaPath, text));

        AssertNoGeneratorFailure(run);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("GDSL008", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        AssertAt(diagnostic, SchemaPath, text, IndexAfter(text, "{", "\"schemas\": "));
        Assert.DoesNotContain(run.Sources, s => s.HintName.EndsWith("Invocation.g.cs", StringComparison.Ordinal));
        AssertCompiles(run);
    }

    [Fact]
    public void An_empty_schemas_object_is_GDSL008()
    {
        var text = Document();
        var run = GeneratorHarness.Run(new SchemaInput(SchemaPath, text));

        AssertNoGeneratorFailure(run);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("GDSL008", diagnostic.Id);
        AssertAt(diagnostic, SchemaPath, text, IndexAfter(text, "{", "\"schemas\": "));
        AssertCompiles(run);
    }

    // ---------------------------------------------------------------- GDSL009

    [Theory]
    [InlineData("1bad..ns")]
    [InlineData("My.class.Nodes")]
    [InlineData("My-Nodes")]
    [InlineData("My.Nodes.")]
    public void Invalid_namespace_is_GDSL009_and_the_code_goes_to_InvokeAI_Nodes(string ns)
    {
        var run = GeneratorHarness.Run(new SchemaInput(SchemaPath, Basic(), ns), "internal static class Uses { public static object Node() => new InvokeAI.Nodes.AddInvocation { A = 1 }; }");

        AssertNoGeneratorFailure(run);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("GDSL009", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains($"'{ns}'", diagnostic.GetMessage());
        Assert.Contains("robust.openapi.json", diagnostic.GetMessage());
        Assert.NotEmpty(run.Sources);
        Assert.All(run.Sources, s => Assert.StartsWith("InvokeAI.Nodes.", s.HintName));
        Assert.Contains("namespace InvokeAI.Nodes;", run.Source("InvokeAI.Nodes.AddInvocation.g.cs"));
        AssertCompiles(run);
    }

    [Fact]
    public void Invalid_namespace_GDSL009_is_located_in_the_schema_file()
    {
        // Every other GDSL diagnostic is in the schema file (README: "every problem is a diagnostic located in the schema
        // file"); GDSL009 concerns the file's GraphDslNamespace, so its start is the place, as GDSL007 does.
        var run = GeneratorHarness.Run(new SchemaInput(SchemaPath, Basic(), "1bad..ns"));

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("GDSL009", diagnostic.Id);
        AssertAt(diagnostic, SchemaPath, Basic(), 0);
    }

    // ---------------------------------------------------------------- names

    [Fact]
    public void Schema_keys_differing_only_in_case_both_generate_without_failing_the_generator()
    {
        // Roslyn compares hint names ignoring case; AddInvocation.g.cs and addInvocation.g.cs must not both be added.
        var text = Document(Node("AddInvocation", "add"), Node("addInvocation", "add_lower"), IntegerOutput);
        var run = GeneratorHarness.Run(new SchemaInput(SchemaPath, text));

        AssertNoGeneratorFailure(run);
        Assert.Empty(run.GeneratorDiagnostics);
        var nodes = run.Compilation.GetSymbolsWithName(_ => true, SymbolFilter.Type).OfType<INamedTypeSymbol>()
            .Where(t => t.BaseType?.Name == "Invocation").ToList();
        Assert.Equal(2, nodes.Count);
        Assert.Equal(run.Sources.Count(), run.Sources.Select(s => s.HintName).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        AssertCompiles(run);
    }

    [Fact]
    public void An_all_lowercase_schema_key_compiles_without_warnings()
    {
        // CS8981 ("only contains lower-cased ascii characters") fails builds with TreatWarningsAsErrors.
        var text = Document(Node("addinvocation", "add"), IntegerOutput);
        var run = GeneratorHarness.Run(new SchemaInput(SchemaPath, text));

        AssertNoGeneratorFailure(run);
        Assert.Single(run.Sources, s => s.HintName.Equals("InvokeAI.Nodes.addinvocation.g.cs", StringComparison.OrdinalIgnoreCase));
        AssertCompiles(run);
    }

    // ---------------------------------------------------------------- text the generated code must survive

    [Theory]
    [InlineData("\"const\": \"add\"", "\"const\": \"a\\ndd\"")]                                   // wire type
    [InlineData("\"version\": \"1.0.1\"", "\"version\": \"1.0\\n.1\"")]
    [InlineData("\"title\": \"Add Integers\"", "\"title\": \"Add\\nIntegers\"")]
    [InlineData("\"category\": \"math\"", "\"category\": \"ma\\rth\"")]
    [InlineData("\"tags\": [\"math\", \"add\"]", "\"tags\": [\"ma\\nth\", \"add\"]")]
    [InlineData("\"node_pack\": \"invokeai\"", "\"node_pack\": \"invoke\\u2028ai\"")]
    [InlineData("\"a\": {", "\"a\\nb\": {")]                                                       // field name
    [InlineData("\"description\": \"Adds two numbers\"", "\"description\": \"Adds two\\u2028numbers\"")] // U+2028 ends a C# line
    [InlineData("\"description\": \"Adds two numbers\"", "\"description\": \"Adds two\\u0085numbers\"")]
    [InlineData("\"description\": \"The first number\"", "\"description\": \"The first\\u2029number\"")]
    [InlineData("\"description\": \"The output integer\"", "\"description\": \"The output\\u2028integer\"")]
    [InlineData("\"description\": \"Adds two numbers\"", "\"description\": \"Adds </summary> & */ <!-- \\\" {0}\"")]
    [InlineData("\"title\": \"A\",", "\"title\": \"A\\nB\",")]
    public void Line_breaks_and_markup_in_schema_text_do_not_break_the_generated_code(string find, string replace)
    {
        var text = Basic().ReplaceOnce(find, replace);
        var run = GeneratorHarness.Run(new SchemaInput(SchemaPath, text));

        AssertNoGeneratorFailure(run);
        Assert.Contains(run.Sources, s => s.HintName == "InvokeAI.Nodes.AddInvocation.g.cs");
        AssertCompiles(run);
    }

    [Theory]
    [InlineData("\"description\": \"Adds two numbers\"", "\"description\": \"Adds \\ud800 numbers\"")]
    [InlineData("\"title\": \"A\",", "\"title\": \"\\udc00\",")]
    [InlineData("\"b\": {", "\"b\\ud800\": {")]
    public void A_lone_surrogate_escape_is_not_a_generator_failure_and_the_rest_is_generated(string find, string replace)
    {
        // "\ud800" is valid JSON but not valid UTF-16; JsonElement.GetString() throws on it.
        var text = Document(Node("AddInvocation", "add", Field("b", """ "type": "integer" """)), IntegerOutput).ReplaceOnce(find, replace);
        var run = GeneratorHarness.Run(new SchemaInput(SchemaPath, text));

        AssertNoGeneratorFailure(run);
        Assert.Contains(run.Sources, s => s.HintName == "InvokeAI.Nodes.AddInvocation.g.cs");
        AssertCompiles(run, errorsOnly: true);
    }

    // ---------------------------------------------------------------- what can still be generated is generated

    [Fact]
    public void A_partly_broken_schema_generates_the_rest_and_it_compiles()
    {
        var brokenFields =
            Field("image", """ "anyOf": [{ "$ref": "#/components/schemas/MissingImageField" }, { "type": "null" }] """) + "\n"
            + Field("grid", """ "type": "array", "items": { "type": "array", "items": { "type": "integer" } } """) + "\n"
            + Field("choice", """ "anyOf": [{ "type": "integer" }, { "type": "string" }] """, input: "connection") + "\n"
            + Field("picture", """ "$ref": "#/components/schemas/ImageField" """);
        var text = Document(
            Node("AddInvocation", "add"),
            Node("BrokenInvocation", "broken", brokenFields, output: "NoSuchOutput")
                .ReplaceOnce("\"version\": \"1.0.1\"", "\"version\": 3")
                .ReplaceOnce("\"tags\": [\"math\", \"add\"]", "\"tags\": \"x\"")
                .ReplaceOnce("\"classification\": \"stable\"", "\"classification\": \"weird\""),
            Node("NoTypeInvocation", "none").ReplaceOnce("\"const\": \"none\",", ""),
            Node("ListInvocation", "list", Field("items", """ "type": "array", "items": { "type": "integer" } """))
                .ReplaceOnce("\"title\": \"A\",", "\"title\": \"A\",\n            \"ge\": \"zero\","),
            IntegerOutput,
            ImageField);
        var user = """
            internal static class Uses
            {
                public static GraphDsl.Graph Build()
                {
                    var g = new GraphDsl.GraphBuilder();
                    var add = g.Add(new InvokeAI.Nodes.AddInvocation { A = 1 });
                    g.Add(new InvokeAI.Nodes.BrokenInvocation
                    {
                        A = add.Out.Value,
                        Image = 5L,
                        Grid = "[[1]]",
                        Choice = add.Out.Value,
                        Picture = new InvokeAI.Nodes.ImageField { ImageName = "x.png" },
                    });
                    g.Add(new InvokeAI.Nodes.ListInvocation { A = 3, Items = new long[] { 1, 2 } });
                    return g.Build();
                }
            }
            """;
        var run = GeneratorHarness.Run(new SchemaInput(SchemaPath, text), user);

        AssertNoGeneratorFailure(run);
        Assert.Equal(
            ["GDSL003", "GDSL003", "GDSL004", "GDSL004", "GDSL005", "GDSL006", "GDSL006", "GDSL006", "GDSL006"],
            // Distinct: a diagnostic reported twice at one place is the concern of the GDSL006 theory above.
            run.GeneratorDiagnostics.Select(d => d.ToString()).Distinct().Select(d => d.Split(": ")[1].Split(' ')[1]).Order());
        Assert.All(run.GeneratorDiagnostics, d => Assert.Equal(SchemaPath, d.Location.GetLineSpan().Path));
        foreach (var name in new[] { "AddInvocation", "BrokenInvocation", "ListInvocation", "IntegerOutput", "ImageField" })
            Assert.Contains(run.Sources, s => s.HintName == $"InvokeAI.Nodes.{name}.g.cs");
        Assert.DoesNotContain(run.Sources, s => s.HintName.Contains("NoType", StringComparison.Ordinal));
        AssertCompiles(run);
    }

    private static INamedTypeSymbol Type(GeneratorRun run, string name, string ns = "InvokeAI.Nodes") =>
        run.Compilation.GetTypeByMetadataName($"{ns}.{name}") ?? throw new Xunit.Sdk.XunitException($"{ns}.{name} was not generated");

    private static string PropertyType(GeneratorRun run, string typeName, string property) =>
        Assert.Single(Type(run, typeName).GetMembers(property).OfType<IPropertySymbol>()).Type.ToDisplayString();
}
