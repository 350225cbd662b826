using GraphDsl.Cli.SchemaDiff;
using Xunit;

namespace GraphDsl.Cli.Tests.SchemaDiff;

/// <summary>The real InvokeAI 6.8 → 6.14 upgrade, as the differ reports it.</summary>
public sealed class UpgradeDiffTests
{
    [Fact]
    public async Task The_color_correct_inputs_are_breaking_renames_not_removals_and_additions()
    {
        var report = await RealSchemas.Upgrade();

        var colorCorrect = report.Changes.Where(c => c.Owner == "color_correct" && c.OwnerKind == ChangeOwner.Node).ToList();
        var renames = colorCorrect.Where(c => c.Kind == ChangeKind.InputRenamed).Select(c => (c.Old, c.New, c.IsBreaking)).ToList();
        Assert.Equal([("image", "base_image", true), ("mask_blur_radius", "colorspace", true), ("reference", "color_reference", true)], renames);
        Assert.DoesNotContain(colorCorrect, c => c.Kind is ChangeKind.InputAdded or ChangeKind.InputRemoved);
        Assert.Contains("looks renamed to base_image", colorCorrect.Single(c => c.Field == "image").Message);
    }

    [Fact]
    public async Task The_color_correct_version_goes_from_1_2_2_to_2_0_0_which_alone_breaks_nothing()
    {
        var report = await RealSchemas.Upgrade();

        var version = Assert.Single(report.Changes, c => c.Owner == "color_correct" && c.Kind == ChangeKind.VersionChanged);
        Assert.Equal(("1.2.2", "2.0.0", false), (version.Old, version.New, version.IsBreaking));
    }

    [Fact]
    public async Task Fifteen_nodes_have_a_new_version()
    {
        var report = await RealSchemas.Upgrade();

        var bumped = report.Changes.Where(c => c.Kind == ChangeKind.VersionChanged).Select(c => c.Owner).ToList();
        Assert.Equal(
            ["cogview4_denoise", "collect", "color_correct", "core_metadata", "denoise_latents", "denoise_latents_meta", "flux_denoise",
             "flux_lora_collection_loader", "flux_model_loader", "i2l", "image_collection", "lora_collection_loader", "noise",
             "sd3_denoise", "sdxl_lora_collection_loader"],
            bumped);
    }

    [Fact]
    public async Task Er_sde_is_added_to_every_scheduler_field_and_breaks_nothing()
    {
        var report = await RealSchemas.Upgrade();

        var erSde = report.Changes.Where(c => c.Kind == ChangeKind.EnumValuesAdded && c.New == "er_sde").ToList();
        Assert.Equal(
            ["denoise_latents.scheduler", "denoise_latents_meta.scheduler", "metadata_to_scheduler.default_value", "scheduler.scheduler",
             "tiled_multi_diffusion_denoise_latents.scheduler", "scheduler_output.scheduler"],
            erSde.Select(c => c.Location));
        Assert.All(erSde, c => Assert.False(c.IsBreaking));
        Assert.Equal(ChangeOwner.Output, erSde[^1].OwnerKind);
        Assert.Equal("scheduler.scheduler: Scheduler gains er_sde", erSde.Single(c => c.Owner == "scheduler").Message);
    }

    [Fact]
    public async Task Collect_collection_becomes_a_connection_input_which_breaks_literals()
    {
        var report = await RealSchemas.Upgrade();

        var kinds = report.Changes.Where(c => c.Kind == ChangeKind.InputKindChanged && c.New == "connection").ToList();
        Assert.Equal(["collect.collection", "image_collection.collection"], kinds.Select(c => c.Location));
        Assert.All(kinds, c => Assert.Equal(("any", true), (c.Old, c.IsBreaking)));
    }

    [Fact]
    public async Task Collect_and_iterate_stop_caching_by_default_which_compiles()
    {
        var report = await RealSchemas.Upgrade();

        var useCache = report.Changes.Where(c => c.Kind == ChangeKind.DefaultChanged && c.Field == "use_cache").ToList();
        Assert.Equal(["collect", "iterate"], useCache.Select(c => c.Owner));
        Assert.All(useCache, c => Assert.Equal(("true", "false", false), (c.Old, c.New, c.IsBreaking)));
    }

    [Fact]
    public async Task Ninety_six_nodes_are_added_and_none_removed()
    {
        var report = await RealSchemas.Upgrade();

        var added = report.Changes.Where(c => c.Kind == ChangeKind.NodeAdded).ToList();
        Assert.Equal(96, added.Count);
        Assert.Equal(0, report.Count(ChangeKind.NodeRemoved));
        Assert.All(added, c => Assert.False(c.IsBreaking));
        Assert.Contains(added, c => c.Owner == "if" && c.New == "IfInvocation");
        Assert.Equal(added.Select(c => c.Owner).Order(StringComparer.Ordinal), added.Select(c => c.Owner));
        Assert.Equal((211, 307), (report.Old.Nodes, report.New.Nodes));
    }

    [Fact]
    public async Task The_flux_model_loader_inputs_become_optional_any_inputs()
    {
        var report = await RealSchemas.Upgrade();

        var changes = report.Changes.Where(c => c.Owner == "flux_model_loader")
            .Select(c => (c.Field, c.Kind, c.Old, c.New, c.IsBreaking))
            .ToList();
        Assert.Equal(
            [
                (null, ChangeKind.VersionChanged, "1.0.6", "1.1.0", false),
                ("clip_embed_model", ChangeKind.InputTypeChanged, "ModelIdentifierField", "ModelIdentifierField|None", true),
                ("clip_embed_model", ChangeKind.InputKindChanged, "direct", "any", false),
                ("clip_embed_model", ChangeKind.RequiredChanged, "required", "optional", false),
                ("model", ChangeKind.InputTypeChanged, "ModelIdentifierField", "ModelIdentifierField|None", true),
                ("model", ChangeKind.InputKindChanged, "direct", "any", false),
                ("t5_encoder_model", ChangeKind.InputTypeChanged, "ModelIdentifierField", "ModelIdentifierField|None", true),
                ("t5_encoder_model", ChangeKind.InputKindChanged, "direct", "any", false),
                ("t5_encoder_model", ChangeKind.RequiredChanged, "required", "optional", false),
                ("vae_model", ChangeKind.RequiredChanged, "required", "optional", false),
            ],
            changes);
    }

    [Fact]
    public async Task Thirty_one_inputs_are_added_and_three_of_them_replace_removed_ones()
    {
        var report = await RealSchemas.Upgrade();

        Assert.Equal(28, report.Count(ChangeKind.InputAdded));
        Assert.Equal(3, report.Count(ChangeKind.InputRenamed));
        Assert.Equal(0, report.Count(ChangeKind.InputRemoved));
        Assert.DoesNotContain(report.Changes, c => c.Kind == ChangeKind.InputAdded && c.IsBreaking);
    }

    [Fact]
    public async Task Exactly_these_changes_break_code_generated_from_6_8()
    {
        var report = await RealSchemas.Upgrade();

        Assert.True(report.HasBreaking);
        Assert.Equal(
            [
                "InputKindChanged collect.collection",
                "InputRenamed color_correct.image",
                "InputRenamed color_correct.mask_blur_radius",
                "InputRenamed color_correct.reference",
                "InputTypeChanged flux_model_loader.clip_embed_model",
                "InputTypeChanged flux_model_loader.model",
                "InputTypeChanged flux_model_loader.t5_encoder_model",
                "InputKindChanged image_collection.collection",
                "InputTypeChanged invokeai_img_blend.color_space",
                "InputTypeChanged lresize.mode",
                "InputTypeChanged lscale.mode",
                "FieldRenamed video_output.duration_seconds",
                "EnumValuesRemoved ModelIdentifierField.base",
                "EnumValuesRemoved ModelIdentifierField.type",
                "FieldRenamed VideoField.video_id",
            ],
            report.Changes.Where(c => c.IsBreaking).Select(c => $"{c.Kind} {c.Location}"));
        Assert.Equal(15, report.BreakingCount);
    }

    [Fact]
    public async Task An_enum_that_only_changes_its_generated_name_is_a_breaking_type_change()
    {
        var report = await RealSchemas.Upgrade();

        var blend = Assert.Single(report.Changes, c => c.Location == "invokeai_img_blend.color_space");
        Assert.Equal(("Literal[ColorSpace]", "Literal[InvokeImageBlendColorSpace]"), (blend.Old, blend.New));
        Assert.StartsWith("C# enum ColorSpace -> InvokeImageBlendColorSpace (same values)", blend.Detail);
    }

    [Fact]
    public async Task Comparing_twice_gives_an_equal_report()
    {
        var first = await RealSchemas.Upgrade();
        var second = await RealSchemas.Upgrade();

        Assert.Equal(first, second);
        Assert.NotSame(first, second);
    }
}
