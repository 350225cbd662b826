using System.Globalization;
using System.Text.Json;
using GraphDsl.Workflows;

namespace GraphDsl.Cli.Workflows;

/// <summary>The <c>--set "Label=value"</c> options: values typed by the input's schema type.</summary>
internal static class WorkflowSettings
{
    /// <summary>Creates the <c>--set</c> option.</summary>
    public static System.CommandLine.Option<string[]> Option() => new("--set")
    {
        Description = "Set an exposed input by its label or nodeId.fieldName: \"Positive Prompt=a red fox\", \"Seed=42\", "
            + "\"Image=photo.png\" (an image name on the server; with 'workflow run', \"Image=@photo.png\" uploads the file), "
            + "a model input by its name on the server with 'workflow run' (\"Model=Juggernaut XL v9\"), or as JSON. Repeatable.",
        AllowMultipleArgumentsPerToken = false,
        Arity = System.CommandLine.ArgumentArity.ZeroOrMore,
    };

    /// <summary>Applies <paramref name="settings"/> to <paramref name="workflow"/>.</summary>
    /// <param name="workflow">The workflow.</param>
    /// <param name="settings">The <c>name=value</c> texts.</param>
    /// <param name="server">Uploads images and finds models; <see langword="null"/> when there is no server (values are then taken as they are).</param>
    /// <param name="cancellationToken">Cancels uploads.</param>
    /// <exception cref="CliException">A setting is malformed, names no input (the message lists the inputs), or has the wrong type.</exception>
    public static async Task ApplyAsync(Workflow workflow, IEnumerable<string> settings, InvokeClient? server, CancellationToken cancellationToken)
    {
        foreach (var setting in settings)
        {
            var equals = setting.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
                throw new CliException($"--set '{setting}': expected NAME=VALUE.");
            var name = setting[..equals];
            var text = setting[(equals + 1)..];
            try
            {
                var input = workflow.GetInput(name);
                await SetAsync(workflow, input, name, text, server, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is KeyNotFoundException or ArgumentException)
            {
                throw new CliException($"--set '{setting}': {exception.Message}", exception);
            }
        }
    }

    private static async Task SetAsync(Workflow workflow, WorkflowInput input, string name, string text, InvokeClient? server, CancellationToken cancellationToken)
    {
        var type = input.Descriptor?.WireType ?? "str";
        var single = type.Split('|')[0]; // "int|None" → "int"; lists and unions of lists keep their brackets
        if (single.StartsWith("Literal[", StringComparison.Ordinal))
            single = "str";
        switch (single)
        {
            case "str":
                workflow.Set(name, text);
                return;
            case "int":
                workflow.Set(name, long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer) ? integer : throw new ArgumentException($"'{text}' is not an integer ({type})."));
                return;
            case "float":
                workflow.Set(name, double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : throw new ArgumentException($"'{text}' is not a number ({type})."));
                return;
            case "bool":
                workflow.Set(name, bool.TryParse(text, out var flag) ? flag : throw new ArgumentException($"'{text}' is not true or false ({type})."));
                return;
            case "ImageField":
                if (text.StartsWith('@'))
                {
                    if (server is null)
                        throw new ArgumentException("an image file (@path) can only be given to 'workflow run', which uploads it.");
                    if (!File.Exists(text[1..]))
                        throw new ArgumentException($"the image file '{text[1..]}' does not exist.");
                    text = (await server.UploadImageAsync(text[1..], cancellationToken: cancellationToken).ConfigureAwait(false)).ImageName;
                }

                workflow.SetImage(name, text);
                return;
            case "ModelIdentifierField" when !LooksLikeJson(text):
                if (server is null)
                    throw new ArgumentException("a model by name can only be given to 'workflow run', which looks it up on the server; give its identifier as JSON here.");
                var model = await server.FindModelAsync(text, cancellationToken: cancellationToken).ConfigureAwait(false)
                    ?? throw new ArgumentException($"the server has no model named '{text}'.");
                workflow.Set(name, ParseJson(new System.Text.Json.Nodes.JsonObject
                {
                    ["key"] = model.Key, ["hash"] = model.Hash, ["name"] = model.Name, ["base"] = model.Base, ["type"] = model.Type,
                }.ToJsonString(), type));
                return;
            default:
                workflow.Set(name, ParseJson(text, type)); // objects, lists, anything else: the value as JSON
                return;
        }
    }

    private static bool LooksLikeJson(string text) => text.TrimStart() is ['{' or '[' or '"', ..] or "null";

    private static JsonElement ParseJson(string text, string type)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw new ArgumentException($"a {type} value is given as JSON, and '{text}' is not JSON.");
        }
    }
}
