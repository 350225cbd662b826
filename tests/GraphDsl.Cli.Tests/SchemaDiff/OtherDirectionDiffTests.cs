using GraphDsl.Cli.SchemaDiff;
using Xunit;

namespace GraphDsl.Cli.Tests.SchemaDiff;

/// <summary>A schema against itself, and 6.14 back to 6.8.</summary>
public sealed class OtherDirectionDiffTests
{
    [Fact]
    public async Task A_schema_against_itself_has_no_changes()
    {
        var model = await RealSchemas.V614;

        var report = SchemaDiffer.Compare(model, model);

        Assert.Empty(report.Changes);
        Assert.False(report.HasBreaking);
        Assert.Equal(0, report.BreakingCount);
    }

    [Fact]
    public async Task Going_back_from_6_14_to_6_8_removes_96_nodes_and_each_removal_breaks()
    {
        var report = SchemaDiffer.Compare(await RealSchemas.V614, await RealSchemas.V68);

        var removed = report.Changes.Where(c => c.Kind == ChangeKind.NodeRemoved).ToList();
        Assert.Equal(96, removed.Count);
        Assert.All(removed, c => Assert.True(c.IsBreaking));
        Assert.Equal(0, report.Count(ChangeKind.NodeAdded));
        Assert.Equal(removed, report.Changes.Take(96));
        Assert.Contains(removed, c => c.Owner == "anima_denoise" && c.Old == "AnimaDenoiseInvocation");
    }

    [Fact]
    public async Task Going_back_reverses_the_color_correct_renames_and_removes_er_sde()
    {
        var report = SchemaDiffer.Compare(await RealSchemas.V614, await RealSchemas.V68);

        var renames = report.Changes.Where(c => c.Owner == "color_correct" && c.Kind == ChangeKind.InputRenamed).Select(c => (c.Old, c.New)).ToList();
        Assert.Equal([("base_image", "image"), ("color_reference", "reference"), ("colorspace", "mask_blur_radius")], renames);
        var erSde = Assert.Single(report.Changes, c => c.Location == "scheduler.scheduler");
        Assert.Equal((ChangeKind.EnumValuesRemoved, "er_sde", true), (erSde.Kind, erSde.Old, erSde.IsBreaking));
    }
}
