using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace GraphDsl.Emulator.Nodes;

/// <summary>InvokeAI's <c>primitives.py</c>: values and collections passed through, images and tensors with their sizes.</summary>
internal static class PrimitiveNodes
{
    public static void Register(IDictionary<string, INodeImplementation> nodes)
    {
        foreach (var (type, output) in new[] { ("boolean", "boolean_output"), ("integer", "integer_output"), ("float", "float_output"), ("string", "string_output") })
            nodes[type] = new DelegateNode(c => c.Output(output, ("value", c.Value("value")?.DeepClone())));
        foreach (var kind in new[] { "boolean", "integer", "float", "string", "latents", "conditioning" })
            nodes[kind + "_collection"] = new DelegateNode(c => c.Output(kind + "_collection_output", ("collection", c.Value("collection")?.DeepClone() ?? new JsonArray())));
        nodes["image_collection"] = new DelegateNode(c =>
        {
            var items = (c.Value("collection") as JsonArray ?? []).Concat(c.Value("images") as JsonArray ?? []).Select(i => i?.DeepClone()).ToArray();
            return c.Output("image_collection_output", ("collection", new JsonArray(items)));
        });
        nodes["image"] = new DelegateNode(c =>
        {
            var image = c.Value("image") as JsonObject;
            var name = (string?)image?["image_name"];
            var record = name is null ? null : c.Images.Find(name);
            if (name is null)
                throw new Execution.EmulatedNodeException("MissingInputException", $"Node {c.Type} missing value or connection for field image");
            if (record is null)
                throw new Execution.EmulatedNodeException("ImageRecordNotFoundException", "Image record not found");
            return c.Output("image_output", ("image", new JsonObject { ["image_name"] = name }), ("width", record.Width), ("height", record.Height));
        });
        nodes["latents"] = new DelegateNode(c =>
        {
            var latents = c.Value("latents")?.DeepClone() as JsonObject ?? [];
            var (width, height) = NodeImages.SizeOf(c);
            return c.Output("latents_output", ("latents", latents), ("width", width), ("height", height));
        });
        nodes["conditioning"] = new DelegateNode(c => c.Output("conditioning_output", ("conditioning", c.Value("conditioning")?.DeepClone())));
        nodes["color"] = new DelegateNode(c => c.Output("color_output", ("color", c.Value("color")?.DeepClone())));
        nodes["bounding_box"] = new DelegateNode(c => c.Output("bounding_box_output", ("bounding_box", new JsonObject
        {
            ["x_min"] = c.Int("x_min"),
            ["y_min"] = c.Int("y_min"),
            ["x_max"] = c.Int("x_max"),
            ["y_max"] = c.Int("y_max"),
            ["score"] = null,
        })));
    }
}
