using GraphDsl;
using GraphDsl.Client.Http;
using Xunit;

namespace GraphDsl.Client.Tests.Client;

/// <summary>FastAPI error bodies → typed exceptions.</summary>
public sealed class ErrorParsingTests
{
    [Fact]
    public void A_graph_level_422_has_no_node_and_keeps_the_message()
    {
        const string body = """{"detail":[{"type":"value_error","loc":["body","batch","graph"],"msg":"Value error, Edge source and target types do not match (n1.value -> n2.a)"}]}""";

        var error = Assert.IsType<InvokeValidationException>(ErrorResponses.ToException(System.Net.HttpStatusCode.UnprocessableEntity, body, "Enqueue"));

        var entry = Assert.Single(error.Errors);
        Assert.Null(entry.NodeId);
        Assert.Equal(["body", "batch", "graph"], entry.Location);
        Assert.Contains("n1.value -> n2.a", error.Message);
    }

    [Fact]
    public void A_missing_node_type_names_the_node_without_a_field()
    {
        const string body = """{"detail":[{"type":"union_tag_invalid","loc":["body","batch","graph","nodes","n7"],"msg":"Input tag 'nope' found using 'type' does not match any of the expected tags"}]}""";

        var error = Assert.IsType<InvokeValidationException>(ErrorResponses.ToException(System.Net.HttpStatusCode.UnprocessableEntity, body, "Enqueue"));

        Assert.Equal(("n7", (string?)null), (error.Errors[0].NodeId, error.Errors[0].Field));
    }

    [Theory]
    [InlineData(401, typeof(InvokeAuthenticationException))]
    [InlineData(403, typeof(InvokeAuthenticationException))]
    [InlineData(500, typeof(InvokeServerException))]
    [InlineData(409, typeof(InvokeException))]
    public void Statuses_map_to_their_exception_types(int status, Type expected)
    {
        var error = ErrorResponses.ToException((System.Net.HttpStatusCode)status, """{"detail":"nope"}""", "Call");

        Assert.IsType(expected, error);
        Assert.Equal(status, (int?)error.StatusCode);
        Assert.Contains("nope", error.Message);
    }
}
