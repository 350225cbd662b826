using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace GraphDsl.Workflows;

/// <summary>Runs the conversion: document → graph → batch plans → resolved items → batch data, gathering every problem.</summary>
internal static class WorkflowConverter
{
    /// <summary>Converts without a server: generators that need one are reported as problems.</summary>
    public static WorkflowGraph Convert(JsonElement workflow, INodeCatalog catalog, WorkflowConversionOptions? options)
    {
        var (document, conversion, plans, drops, problems) = Prepare(workflow, catalog, options ?? new WorkflowConversionOptions());
        var items = new Dictionary<BatchPlan, IReadOnlyList<JsonElement>>();
        foreach (var plan in plans)
        {
            items[plan] = plan.Source switch
            {
                GeneratorResult.Items i => i.Values,
                GeneratorResult.Invalid invalid => Fail(problems, plan, invalid.Message),
                _ => Fail(problems, plan, NeedsServer(plan)),
            };
        }
        return Finish(conversion, plans, items, drops, problems);
    }

    /// <summary>Converts, asking <paramref name="server"/> for the generators that need it.</summary>
    public static async Task<WorkflowGraph> ConvertAsync(JsonElement workflow, INodeCatalog catalog, WorkflowConversionOptions? options, IWorkflowServer server, CancellationToken cancellationToken)
    {
        var (_, conversion, plans, drops, problems) = Prepare(workflow, catalog, options ?? new WorkflowConversionOptions());
        var items = new Dictionary<BatchPlan, IReadOnlyList<JsonElement>>();
        foreach (var plan in plans)
        {
            switch (plan.Source)
            {
                case GeneratorResult.Items i:
                    items[plan] = i.Values;
                    break;
                case GeneratorResult.Invalid invalid:
                    items[plan] = Fail(problems, plan, invalid.Message);
                    break;
                case GeneratorResult.BoardImages board:
                {
                    var names = await server.ListBoardImageNamesAsync(board.BoardId, board.Categories, cancellationToken).ConfigureAwait(false);
                    items[plan] = [.. names.Select(name => JsonValues.Write(w => { w.WriteStartObject(); w.WriteString("image_name", name); w.WriteEndObject(); }))];
                    break;
                }
                case GeneratorResult.DynamicPrompts prompts:
                {
                    var (values, error) = await server.DynamicPromptsAsync(prompts.Prompt, prompts.MaxPrompts, prompts.Combinatorial, prompts.Seed, cancellationToken).ConfigureAwait(false);
                    items[plan] = error is null
                        ? [.. values.Select(JsonValues.String)]
                        : Fail(problems, plan, $"The server could not expand the dynamic prompt: {error} (the UI then has no items and does not enqueue).");
                    break;
                }
            }
        }
        return Finish(conversion, plans, items, drops, problems);
    }

    private static (WorkflowDocument, GraphConversion, List<BatchPlan>, List<WorkflowDrop>, List<WorkflowProblem>) Prepare(
        JsonElement workflow, INodeCatalog catalog, WorkflowConversionOptions options)
    {
        var document = WorkflowDocument.Load(workflow, catalog);
        var problems = new List<WorkflowProblem>(document.Problems);
        var drops = new List<WorkflowDrop>(document.Drops);
        var conversion = GraphConversion.Run(document, catalog, options);
        problems.AddRange(conversion.Problems);
        drops.AddRange(conversion.Drops);
        var plans = BatchPlanner.Plan(document, options.Random ?? Random.Shared, drops);
        return (document, conversion, plans, drops, problems);
    }

    private static WorkflowGraph Finish(GraphConversion conversion, List<BatchPlan> plans, Dictionary<BatchPlan, IReadOnlyList<JsonElement>> items,
        List<WorkflowDrop> drops, List<WorkflowProblem> problems)
    {
        var data = BatchAssembler.Assemble(plans, items, problems);
        if (problems.Count > 0)
            throw new WorkflowException(Distinct(problems));
        return new WorkflowGraph(conversion.Graph!, data, drops);
    }

    private static List<WorkflowProblem> Distinct(List<WorkflowProblem> problems) => [.. problems.Distinct()];

    private static IReadOnlyList<JsonElement> Fail(List<WorkflowProblem> problems, BatchPlan plan, string message)
    {
        problems.Add(plan.Node.Problem(null, message));
        return [];
    }

    private static string NeedsServer(BatchPlan plan) => plan.Source switch
    {
        GeneratorResult.BoardImages b =>
            $"Its items come from the images of board '{b.BoardId}', which only the server can list: convert it with InvokeClient.Workflows.ToBatchAsync or run it with InvokeClient.RunWorkflowAsync.",
        _ => "Its items come from dynamic prompts, which only the server expands: convert it with InvokeClient.Workflows.ToBatchAsync or run it with InvokeClient.RunWorkflowAsync.",
    };
}
