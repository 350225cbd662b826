using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using GraphDsl.Emulator.Auth;
using GraphDsl.Emulator.Queue;
using GraphDsl.Emulator.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GraphDsl.Emulator.Api;

/// <summary>The session queue's routes (protocol §1, §3), prefix <c>/api/v1/queue/{queue_id}</c>.</summary>
internal static class QueueEndpoints
{
    public static void MapQueueEndpoints(this IEndpointRouteBuilder app)
    {
        var queue = app.MapGroup("/api/v1/queue/{queue_id}");
        queue.MapPost("/enqueue_batch", EnqueueAsync);
        queue.MapGet("/i/{item_id:long}", GetItem);
        queue.MapPut("/i/{item_id:long}/cancel", CancelItemAsync);
        queue.MapGet("/b/{batch_id}/status", GetBatchStatus);
        queue.MapPut("/cancel_by_batch_ids", CancelByBatchIdsAsync);
        queue.MapGet("/status", GetStatus);
    }

    private static async Task<IResult> EnqueueAsync(string queue_id, HttpRequest request, EmulatorServices services, CancellationToken cancellationToken)
    {
        if (!TryAuthenticate(request, services, out var user, out var denied))
            return denied;
        JsonDocument body;
        try
        {
            body = await JsonDocument.ParseAsync(request.Body, default, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            return HttpErrors.Validation([new FastApiError("json_invalid", ["body", (int)(ex.BytePositionInLine ?? 0)], "JSON decode error", new JsonObject(), new JsonObject { ["error"] = ex.Message })]);
        }
        using (body)
        {
            var validation = services.Validator.Validate(body.RootElement);
            if (validation.Batch is not { } batch)
                return HttpErrors.Json(FastApiError.ToResponseBody(validation.Errors), StatusCodes.Status422UnprocessableEntity);
            var outcome = services.Queue.Enqueue(queue_id, batch, user, graph => services.CreateSession(graph));
            try
            {
                await services.Events.BatchEnqueuedAsync(queue_id, batch.BatchId, batch.Origin, user.UserId, outcome.Enqueued, outcome.Requested, outcome.Priority, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                services.Queue.Release(outcome);
            }
            return HttpErrors.Json(outcome.Result);
        }
    }

    private static IResult GetItem(string queue_id, long item_id, HttpRequest request, EmulatorServices services)
    {
        if (!TryAuthenticate(request, services, out var user, out var denied))
            return denied;
        var item = services.Queue.Find(item_id);
        if (item is null)
            return NotFound(queue_id, item_id);
        // The route raises its 404 inside a catch-all that turns it into a 500 (session_queue.py:570-579).
        if (item.QueueId != queue_id)
            return HttpErrors.Detail(StatusCodes.Status500InternalServerError, $"Unexpected error while fetching queue item: 404: {NotFoundText(queue_id, item_id)}");
        var redactedSession = user.IsAdmin || item.UserId == user.UserId ? null : services.RedactedSession();
        return HttpErrors.Json(services.Queue.Read(() => item.ToJson(excludeNone: true, redactedSession)));
    }

    private static async Task<IResult> CancelItemAsync(string queue_id, long item_id, HttpRequest request, EmulatorServices services, CancellationToken cancellationToken)
    {
        if (!TryAuthenticate(request, services, out var user, out var denied))
            return denied;
        var item = services.Queue.Find(item_id);
        if (item is null || item.QueueId != queue_id)
            return NotFound(queue_id, item_id);
        if (!user.IsAdmin && item.UserId != user.UserId)
            return HttpErrors.Detail(StatusCodes.Status403Forbidden, "You do not have permission to cancel this queue item");
        var change = services.Queue.SetStatus(item, QueueItemStatus.Canceled);
        if (change.Changed)
        {
            services.Processor.CancelRunning(item.ItemId);
            await services.Events.StatusChangedAsync(item, cancellationToken).ConfigureAwait(false);
        }
        return HttpErrors.Json(services.Queue.Read(() => item.ToJson(excludeNone: false)));
    }

    private static IResult GetBatchStatus(string queue_id, string batch_id, HttpRequest request, EmulatorServices services)
    {
        if (!TryAuthenticate(request, services, out var user, out var denied))
            return denied;
        return HttpErrors.Json(services.Queue.BatchStatus(queue_id, batch_id, user));
    }

    private static async Task<IResult> CancelByBatchIdsAsync(string queue_id, HttpRequest request, EmulatorServices services, CancellationToken cancellationToken)
    {
        if (!TryAuthenticate(request, services, out var user, out var denied))
            return denied;
        JsonNode? body;
        try
        {
            body = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            body = null;
        }
        if (body?["batch_ids"] is not JsonArray ids || ids.Any(id => id?.GetValueKind() != JsonValueKind.String))
        {
            return HttpErrors.Validation([FastApiError.Missing("body", "batch_ids")]);
        }
        var (pending, inProgress) = services.Queue.CancelByBatchIds(queue_id, ids.Select(id => (string)id!).ToList(), user);
        // Pending items: one bulk event and no per-item events; in-progress items one by one (session_queue_sqlite.py:916-955).
        if (pending.Count > 0)
            await services.Events.ItemsCanceledAsync(queue_id, pending, cancellationToken).ConfigureAwait(false);
        foreach (var item in inProgress)
        {
            if (services.Queue.SetStatus(item, QueueItemStatus.Canceled).Changed)
            {
                services.Processor.CancelRunning(item.ItemId);
                await services.Events.StatusChangedAsync(item, cancellationToken).ConfigureAwait(false);
            }
        }
        return HttpErrors.Json(new JsonObject { ["canceled"] = pending.Count + inProgress.Count });
    }

    private static IResult GetStatus(string queue_id, HttpRequest request, EmulatorServices services)
    {
        if (!TryAuthenticate(request, services, out var user, out var denied))
            return denied;
        return HttpErrors.Json(new JsonObject
        {
            ["queue"] = services.Queue.QueueStatus(queue_id, user),
            ["processor"] = new JsonObject { ["is_started"] = true, ["is_processing"] = services.Processor.IsProcessing },
        });
    }

    /// <summary>The request's user (<c>system</c> in single-user mode), or the 401 answer.</summary>
    private static bool TryAuthenticate(HttpRequest request, EmulatorServices services, [NotNullWhen(true)] out EmulatorUser? user, [NotNullWhen(false)] out IResult? denied)
    {
        var auth = services.Auth.Authenticate(request);
        user = auth.User;
        denied = user is null ? HttpErrors.FromAuth(auth) : null;
        return user is not null;
    }

    private static IResult NotFound(string queueId, long itemId) => HttpErrors.Detail(StatusCodes.Status404NotFound, NotFoundText(queueId, itemId));

    private static string NotFoundText(string queueId, long itemId) => $"Queue item with id {itemId} not found in queue {queueId}";
}
