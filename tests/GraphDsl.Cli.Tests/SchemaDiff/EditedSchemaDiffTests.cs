using System.Text.Json.Nodes;
using GraphDsl.Cli.SchemaDiff;
using Xunit;

namespace GraphDsl.Cli.Tests.SchemaDiff;

/// <summary>Small edits of the real 6.14 schema: each gives exactly the change it makes, judged right.</summary>
public sealed class EditedSchemaDiffTests
{
    [Fact]
    public async Task Removing_a_node_is_one_breaking_removal()
    {
        var changes = await RealSchemas.ChangesTo(schemas => schemas.Remove("AddInvocation"));

        var change = Assert.Single(changes);
        Assert.Equal((ChangeKind.NodeRemoved, "add", "AddInvocation", true), (change.Kind, change.Owner, change.Old, change.IsBreaking));
        Assert.Equal("add: node removed (AddInvocation); code using it no longer compiles", change.Message);
    }

    [Fact]
    public async Task Making_an_optional_input_required_breaks_object_initializers()
    {
        var changes = await RealSchemas.ChangesTo(schemas => schemas["NoiseInvocation"]!["required"]!.AsArray().Add("seed"));

        var change = Assert.Single(changes);
        Assert.Equal((ChangeKind.RequiredChanged, "noise.seed", "optional", "required", true), (change.Kind, change.Location, change.Old, change.New, change.IsBreaking));
        Assert.Contains("object initializers without Seed no longer compile", change.Detail);
    }

    [Fact]
    public async Task Making_a_required_input_optional_breaks_nothing()
    {
        var changes = await RealSchemas.ChangesTo(schemas =>
        {
            var model = RealSchemas.Property(schemas, "FluxModelLoaderInvocation", "model");
            model["orig_required"] = false;
        });

        var change = Assert.Single(changes);
        Assert.Equal((ChangeKind.RequiredChanged, "flux_model_loader.model", "optional", false), (change.Kind, change.Location, change.New, change.IsBreaking));
    }

    [Fact]
    public async Task Removing_an_enum_value_breaks_code_using_it()
    {
        var changes = await RealSchemas.ChangesTo(schemas => RealSchemas.Property(schemas, "ImageChannelInvocation", "channel")["enum"]!.AsArray().RemoveAt(3));

        var change = Assert.Single(changes);
        Assert.Equal((ChangeKind.EnumValuesRemoved, "img_chan.channel", "B", null, true), (change.Kind, change.Location, change.Old, change.New, change.IsBreaking));
    }

    [Fact]
    public async Task Adding_an_enum_value_breaks_nothing()
    {
        var changes = await RealSchemas.ChangesTo(schemas => RealSchemas.Property(schemas, "ImageChannelInvocation", "channel")["enum"]!.AsArray().Add("L"));

        var change = Assert.Single(changes);
        Assert.Equal((ChangeKind.EnumValuesAdded, "img_chan.channel", "L", false), (change.Kind, change.Location, change.New, change.IsBreaking));
    }

    [Fact]
    public async Task Changing_a_field_type_breaks_code_assigning_it()
    {
        var changes = await RealSchemas.ChangesTo(schemas => RealSchemas.Property(schemas, "AddInvocation", "a")["type"] = "number");

        var change = Assert.Single(changes);
        Assert.Equal((ChangeKind.InputTypeChanged, "add.a", "int", "float", true), (change.Kind, change.Location, change.Old, change.New, change.IsBreaking));
    }

    [Fact]
    public async Task An_any_input_that_becomes_a_connection_breaks_literals()
    {
        var changes = await RealSchemas.ChangesTo(schemas => RealSchemas.Property(schemas, "AddInvocation", "b")["input"] = "connection");

        var change = Assert.Single(changes);
        Assert.Equal((ChangeKind.InputKindChanged, "add.b", "any", "connection", true), (change.Kind, change.Location, change.Old, change.New, change.IsBreaking));
    }

    [Fact]
    public async Task An_any_input_that_becomes_direct_breaks_edges()
    {
        var changes = await RealSchemas.ChangesTo(schemas => RealSchemas.Property(schemas, "AddInvocation", "b")["input"] = "direct");

        var change = Assert.Single(changes);
        Assert.Equal((ChangeKind.InputKindChanged, "direct", true), (change.Kind, change.New, change.IsBreaking));
        Assert.Contains("an edge can no longer be connected", change.Detail);
    }

    [Fact]
    public async Task A_direct_input_that_becomes_any_breaks_nothing()
    {
        var changes = await RealSchemas.ChangesTo(schemas => RealSchemas.Property(schemas, "ImageCollectionInvocation", "images")["input"] = "any");

        var change = Assert.Single(changes);
        Assert.Equal((ChangeKind.InputKindChanged, "image_collection.images", "direct", "any", false), (change.Kind, change.Location, change.Old, change.New, change.IsBreaking));
    }

    [Fact]
    public async Task A_new_default_breaks_nothing()
    {
        var changes = await RealSchemas.ChangesTo(schemas => RealSchemas.Property(schemas, "AddInvocation", "a")["default"] = 5);

        var change = Assert.Single(changes);
        Assert.Equal((ChangeKind.DefaultChanged, "add.a", "0", "5", false), (change.Kind, change.Location, change.Old, change.New, change.IsBreaking));
    }

    [Fact]
    public async Task An_input_renamed_in_place_is_one_breaking_rename()
    {
        var changes = await RealSchemas.ChangesTo(schemas =>
        {
            var properties = schemas["AddInvocation"]!["properties"]!.AsObject();
            var renamed = new JsonObject();
            foreach (var (name, value) in properties.ToList())
            {
                properties.Remove(name);
                renamed[name == "b" ? "second" : name] = value;
            }
            schemas["AddInvocation"]!["properties"] = renamed;
        });

        var change = Assert.Single(changes);
        Assert.Equal((ChangeKind.InputRenamed, "add.b", "b", "second", true), (change.Kind, change.Location, change.Old, change.New, change.IsBreaking));
        Assert.Contains("(same type int and position)", change.Detail);
    }

    [Fact]
    public async Task A_new_optional_input_breaks_nothing_and_a_new_required_one_does()
    {
        var optional = await RealSchemas.ChangesTo(schemas =>
            schemas["AddInvocation"]!["properties"]!["c"] = RealSchemas.Property(schemas, "AddInvocation", "a").DeepClone());
        var required = await RealSchemas.ChangesTo(schemas =>
        {
            schemas["AddInvocation"]!["properties"]!["c"] = RealSchemas.Property(schemas, "AddInvocation", "a").DeepClone();
            schemas["AddInvocation"]!["required"]!.AsArray().Add("c");
        });

        var added = Assert.Single(optional);
        Assert.Equal((ChangeKind.InputAdded, "add.c", false), (added.Kind, added.Location, added.IsBreaking));
        var addedRequired = Assert.Single(required);
        Assert.Equal((ChangeKind.InputAdded, "add.c", true), (addedRequired.Kind, addedRequired.Location, addedRequired.IsBreaking));
    }

    [Fact]
    public async Task A_node_returning_another_output_breaks_code_reading_it()
    {
        var changes = await RealSchemas.ChangesTo(schemas => schemas["AddInvocation"]!["output"]!["$ref"] = "#/components/schemas/FloatOutput");

        var change = Assert.Single(changes);
        Assert.Equal((ChangeKind.OutputTypeChanged, "add", "integer_output", "float_output", true), (change.Kind, change.Location, change.Old, change.New, change.IsBreaking));
    }

    [Fact]
    public async Task Removing_an_output_field_breaks_code_reading_it()
    {
        var changes = await RealSchemas.ChangesTo(schemas => schemas["ImageOutput"]!["properties"]!.AsObject().Remove("height"));

        var change = Assert.Single(changes);
        Assert.Equal((ChangeKind.FieldRemoved, ChangeOwner.Output, "image_output.height", true), (change.Kind, change.OwnerKind, change.Location, change.IsBreaking));
    }
}
