using System.Net;

namespace GraphDsl.Workflows;

/// <summary>The server has no workflow with the requested id (<c>GET /api/v1/workflows/i/{id}</c> answered 404).</summary>
public sealed class WorkflowNotFoundException : InvokeException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="workflowId">The id asked for.</param>
    /// <param name="responseBody">The server's answer.</param>
    /// <param name="innerException">The HTTP error.</param>
    public WorkflowNotFoundException(string workflowId, string? responseBody = null, Exception? innerException = null)
        : base($"The server has no workflow '{workflowId}'. List the library with InvokeClient.Workflows.ListAsync.", HttpStatusCode.NotFound, responseBody, innerException)
    {
        WorkflowId = workflowId;
    }

    /// <summary>The id asked for.</summary>
    public string WorkflowId { get; }
}
