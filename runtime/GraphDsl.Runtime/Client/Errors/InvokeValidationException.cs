using System.Net;

namespace GraphDsl;

/// <summary>The server rejected a request body (FastAPI 422): for an enqueue, a bad graph or batch.</summary>
public sealed class InvokeValidationException : InvokeException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="errors">The parsed <c>detail</c> entries.</param>
    /// <param name="responseBody">The body of the answer.</param>
    public InvokeValidationException(IReadOnlyList<InvokeValidationError> errors, string? responseBody = null)
        : base(Describe(errors), HttpStatusCode.UnprocessableEntity, responseBody)
    {
        Errors = errors;
    }

    /// <summary>Every error the server listed, in its order.</summary>
    public IReadOnlyList<InvokeValidationError> Errors { get; }

    private static string Describe(IReadOnlyList<InvokeValidationError> errors) =>
        errors.Count == 0
            ? "The server rejected the request (422)."
            : "The server rejected the request (422): " + string.Join("; ", errors);
}
