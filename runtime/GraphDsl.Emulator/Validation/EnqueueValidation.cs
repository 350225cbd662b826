using System.Collections.Generic;

namespace GraphDsl.Emulator.Validation;

/// <summary>The outcome of validating an <c>enqueue_batch</c> body.</summary>
/// <param name="Errors">Every error, in pydantic's order; empty when the body is valid (then the route answers 422 with
/// <see cref="FastApiError.ToResponseBody"/> of these).</param>
/// <param name="Batch">The batch as the server holds it after validation; <see langword="null"/> when there are errors.</param>
public sealed record EnqueueValidation(IReadOnlyList<FastApiError> Errors, ValidatedBatch? Batch)
{
    /// <summary>Whether the body is valid.</summary>
    public bool IsValid => Errors.Count == 0 && Batch is not null;
}
