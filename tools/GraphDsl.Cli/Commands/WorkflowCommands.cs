using System.CommandLine;

namespace GraphDsl.Cli.Commands;

/// <summary>The <c>workflow</c> verb group: <c>graph</c>, <c>run</c> and <c>to-csharp</c> for workflows saved in InvokeAI's editor.</summary>
internal static class WorkflowCommands
{
    /// <summary>Creates the <c>workflow</c> command.</summary>
    public static Command Create(CliContext context)
    {
        var workflow = new Command("workflow", "Work with workflows saved in InvokeAI's workflow editor: convert them to graphs exactly as the UI does, run them, turn them into C#.");
        workflow.Subcommands.Add(WorkflowGraphCommand.Create(context));
        workflow.Subcommands.Add(WorkflowRunCommand.Create(context));
        workflow.Subcommands.Add(WorkflowToCSharpCommand.Create(context));
        return workflow;
    }
}
