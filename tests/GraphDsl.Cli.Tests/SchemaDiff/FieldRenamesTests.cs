using GraphDsl.Cli.SchemaDiff;
using GraphDsl.Generator.Model;
using Xunit;

namespace GraphDsl.Cli.Tests.SchemaDiff;

/// <summary>Which removed and added fields of one node look like renames.</summary>
public sealed class FieldRenamesTests
{
    private static readonly FieldType Int = new(FieldShape.Exact, ItemType.Integer);
    private static readonly FieldType Float = new(FieldShape.Exact, ItemType.Float);
    private static readonly FieldType Text = new(FieldShape.Exact, ItemType.String);

    private static RenameCandidate Field(string name, FieldType type, int position, string kind = "any") =>
        new(name, name, type, kind, position);

    [Fact]
    public void Fields_of_the_same_type_sharing_a_word_are_paired_even_at_other_positions()
    {
        var renames = FieldRenames.Find([Field("image", Int, 2), Field("steps", Int, 3)], [Field("count", Int, 5), Field("base_image", Int, 6)]);

        var rename = Assert.Single(renames, r => r.Old.WireName == "image");
        Assert.Equal(("base_image", "same type int"), (rename.New.WireName, rename.Evidence));
    }

    [Fact]
    public void Fields_at_the_same_position_are_paired_whatever_their_types()
    {
        var renames = FieldRenames.Find([Field("radius", Float, 5)], [Field("colorspace", Text, 5)]);

        var rename = Assert.Single(renames);
        Assert.Equal("same position 6, type float -> str", rename.Evidence);
    }

    [Fact]
    public void The_only_removed_and_added_fields_of_one_type_are_paired()
    {
        var renames = FieldRenames.Find([Field("width", Int, 1)], [Field("size", Int, 4)]);

        Assert.Equal("size", Assert.Single(renames).New.WireName);
    }

    [Fact]
    public void Unrelated_fields_are_not_paired()
    {
        var otherType = FieldRenames.Find([Field("width", Int, 1)], [Field("label", Text, 4)]);
        var otherKind = FieldRenames.Find([Field("width", Int, 1, "direct")], [Field("height", Int, 4, "connection")]);
        var ambiguous = FieldRenames.Find([Field("width", Int, 1), Field("height", Int, 2)], [Field("seed", Int, 4), Field("steps", Int, 5)]);

        Assert.Empty(otherType);
        Assert.Empty(otherKind);
        Assert.Empty(ambiguous);
    }
}
