using System.Text.Json;

namespace GraphDsl.Runtime.Tests.Workflows;

/// <summary>The workflow files the tests read: captured queue items and InvokeAI's default workflows.</summary>
internal static class WorkflowFiles
{
    public static string DataDirectory => Path.Combine(AppContext.BaseDirectory, "Data");

    public static string DefaultsDirectory => Path.Combine(AppContext.BaseDirectory, "DefaultWorkflows");

    /// <summary>The file names of the default workflows (21 at InvokeAI 6.14.0-alpha).</summary>
    public static IEnumerable<string> Defaults() =>
        Directory.EnumerateFiles(DefaultsDirectory, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static TheoryData<string> DefaultNames()
    {
        var data = new TheoryData<string>();
        foreach (var name in Defaults())
            data.Add(name);
        return data;
    }

    public static string Default(string name) => Path.Combine(DefaultsDirectory, name);

    public static JsonElement ReadJson(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.Clone();
    }
}
