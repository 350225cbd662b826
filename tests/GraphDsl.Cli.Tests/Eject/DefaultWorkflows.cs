using GraphDsl.Cli.Eject;
using GraphDsl.Cli.Tests.Infrastructure;
using GraphDsl.Workflows;

namespace GraphDsl.Cli.Tests.Eject;

/// <summary>InvokeAI's default workflows (linked into the test output under <c>Workflows/</c>), converted with the 6.14 catalog.</summary>
internal static class DefaultWorkflows
{
    /// <summary>
    /// The default workflows that use a node type 6.14 no longer has (<c>canny_image_processor</c>): the converter
    /// refuses them, as InvokeAI's UI does, so there is no graph to eject.
    /// </summary>
    public static readonly IReadOnlySet<string> Unconvertible = new HashSet<string>(StringComparer.Ordinal)
    {
        "ESRGAN Upscaling with Canny ControlNet",
        "Face Detailer with IP-Adapter & Canny (See Note in Details)",
    };

    /// <summary>The workflows' names (file names without <c>.json</c>), sorted.</summary>
    public static IReadOnlyList<string> Names() =>
        Directory.GetFiles(CliHarness.TestFile("Workflows"), "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList()!;

    /// <summary>The workflow <paramref name="name"/>, read with the 6.14 catalog.</summary>
    public static Workflow Load(string name) => Workflow.Load(CliHarness.TestFile(Path.Combine("Workflows", name + ".json")), EjectFixtures.Catalog614);

    /// <summary>The workflow <paramref name="name"/>, converted, and the ejector's input for it.</summary>
    public static (WorkflowGraph Converted, EjectRequest Request) Convert(string name)
    {
        var workflow = Load(name);
        var converted = workflow.ToGraph();
        return (converted, WorkflowRequests.From(workflow, converted, className: null));
    }
}
