using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace GraphDsl.Emulator.Faults;

/// <summary>Applies <see cref="EmulatorFaults"/>' HTTP faults: a status instead of the answer, or a reset.</summary>
internal sealed class HttpFaultMiddleware(RequestDelegate next, EmulatorFaults faults)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var fault = faults.TakeHttpFault(context.Request.Method, context.Request.Path.Value ?? "");
        if (fault is null)
        {
            await next(context);
            return;
        }
        if (fault.AfterHandling)
        {
            // The work is done; only the answer is lost.
            var body = context.Response.Body;
            context.Response.Body = Stream.Null;
            try
            {
                await next(context);
            }
            finally
            {
                context.Response.Body = body;
            }
            context.Response.Clear();
        }
        if (fault.Kind == HttpFaultKind.ConnectionReset)
        {
            context.Abort();
            return;
        }
        context.Response.StatusCode = fault.StatusCode;
        await context.Response.WriteAsJsonAsync(new { detail = $"Injected fault: HTTP {fault.StatusCode}" }, context.RequestAborted);
    }
}
