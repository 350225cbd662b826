using GraphDsl.Emulator.Workflows;
using Xunit;

namespace GraphDsl.Emulator.Tests.Api;

public sealed class WorkflowLibraryTests
{
    [Fact]
    public void LoadsEveryEmbeddedDefaultWorkflow()
    {
        var library = new WorkflowLibrary(TimeProvider.System);
        var files = Directory.GetFiles(Path.Combine(FindRepoRoot(), "runtime", "GraphDsl.Emulator", "Data", "workflows"), "*.json");
        Assert.Equal(files.Length, library.Count);
        Assert.All(library.Ids, id => Assert.StartsWith("default_", id, StringComparison.Ordinal));
        Assert.Equal(library.Count, library.Ids.Distinct().Count());
    }

    [Fact]
    public void GetWorkflowReturnsACopyWithTheModelFields()
    {
        var library = new WorkflowLibrary(TimeProvider.System);
        var id = library.Ids[0];
        var workflow = library.GetWorkflow(id)!;
        Assert.Equal(
            ["name", "author", "description", "version", "contact", "tags", "notes", "exposedFields", "meta", "nodes", "edges", "form", "id"],
            workflow.Select(p => p.Key));
        workflow["name"] = "changed";
        Assert.NotEqual("changed", (string?)library.GetWorkflow(id)!["name"]);
        Assert.Null(library.GetWorkflow("default_missing"));
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GraphDsl.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("GraphDsl.sln not found");
    }
}
