using System.Diagnostics;
using System.Text.Json.Nodes;

namespace GraphDsl.Runtime.Tests.Batching;

/// <summary>
/// The expansion, ordering, count and validator cases of InvokeAI's <c>tests/test_session_queue.py</c>
/// (commit 8e71a8a), ported to <see cref="Batch"/>. The Python test's <c>PromptTestInvocation</c> (a <c>prompt: str</c>
/// field) is the real <c>string</c> node here (<c>value: str</c>).
/// </summary>
public sealed class SessionQueuePortTests
{
    /// <summary>The fixture graph: four string nodes "1".."4" (Chevy, Toyota, Subaru, Nissan), plus the float node "5".</summary>
    private sealed class Fixture
    {
        public Fixture()
        {
            var g = new GraphBuilder("batch-graph");
            Nodes = [
                g.Add(new StringInvocation { Value = "Chevy" }, id: "1"),
                g.Add(new StringInvocation { Value = "Toyota" }, id: "2"),
                g.Add(new StringInvocation { Value = "Subaru" }, id: "3"),
                g.Add(new StringInvocation { Value = "Nissan" }, id: "4"),
            ];
            Float = g.Add(new FloatInvocation { Value = 0 }, id: "5");
            Graph = g.Build();
        }

        public StringInvocation[] Nodes { get; }

        public FloatInvocation Float { get; }

        public Graph Graph { get; }

        public BatchDatum Prompt(int node, params string[] items) => BatchDatum.Of(Nodes[node - 1], nameof(StringInvocation.Value), items);

        /// <summary>The fixture's data: group A zips nodes 1 and 2, group B is node 3.</summary>
        public Batch BatchWithData(int? runs = null)
        {
            var batch = new Batch(Graph);
            if (runs is { } r)
                batch.Runs = r;
            batch.Data.Add(Prompt(1, "Banana sushi", "Grape sushi"), Prompt(2, "Strawberry sushi", "Blueberry sushi"));
            batch.Data.Add(Prompt(3, "Orange sushi", "Apple sushi"));
            return batch;
        }
    }

    /// <summary>The sessions' prompts of nodes 1, 2, 3 and 4 after substitution, as "1|2|3|4".</summary>
    private static string[] Prompts(Batch batch, int? take = null)
    {
        var body = batch.ToEnqueueRequestJson();
        var graph = JsonNode.Parse(body)!["batch"]!["graph"]!;
        var sessions = batch.Expand();
        if (take is { } n)
            sessions = sessions.Take(n);
        return sessions.Select(values =>
        {
            var nodes = BatchPayloads.Substitute(graph, values)["nodes"]!;
            return string.Join("|", new[] { "1", "2", "3", "4" }.Select(id => (string?)nodes[id]!["value"]));
        }).ToArray();
    }

    private const string A0B0 = "Banana sushi|Strawberry sushi|Orange sushi|Nissan";
    private const string A0B1 = "Banana sushi|Strawberry sushi|Apple sushi|Nissan";
    private const string A1B0 = "Grape sushi|Blueberry sushi|Orange sushi|Nissan";
    private const string A1B1 = "Grape sushi|Blueberry sushi|Apple sushi|Nissan";
    private const string NoData = "Chevy|Toyota|Subaru|Nissan";

    /// <summary>One expansion case: the batch, how many sessions to take (the server's maximum), the expected count and order.</summary>
    public static TheoryData<string> ExpansionCases => new(ExpansionTable.Keys);

    private static readonly Dictionary<string, (Func<Fixture, Batch> Make, int? Maximum, long Requested, string[] Order)> ExpansionTable = new()
    {
        // test_create_sessions_from_batch_with_runs: 2 groups * length 2 * 2 runs = 8, first group outermost, runs outermost of all.
        ["with_runs"] = (f => f.BatchWithData(runs: 2), null, 8, [A0B0, A0B1, A1B0, A1B1, A0B0, A0B1, A1B0, A1B1]),
        // test_create_sessions_from_batch_without_runs
        ["without_runs"] = (f => f.BatchWithData(), null, 4, [A0B0, A0B1, A1B0, A1B1]),
        // test_create_sessions_from_batch_without_batch
        ["without_batch"] = (f => new Batch(f.Graph) { Runs = 2 }, null, 2, [NoData, NoData]),
        // test_create_sessions_from_batch_without_batch_or_runs
        ["without_batch_or_runs"] = (f => new Batch(f.Graph), null, 1, [NoData]),
        // test_create_sessions_from_batch_with_runs_and_max: the server stops at its maximum, in the same order; requested stays 8.
        ["with_runs_and_max"] = (f => f.BatchWithData(runs: 2), 5, 8, [A0B0, A0B1, A1B0, A1B1, A0B0]),
        // calc_session_count: `data: [[]]` gives 0 sessions, `data: []` gives runs (protocol.md §1).
        ["empty_group"] = (f => { var b = new Batch(f.Graph) { Runs = 3 }; b.Data.Add(new BatchGroup()); return b; }, null, 0, []),
        ["empty_items"] = (f => { var b = new Batch(f.Graph) { Runs = 3 }; b.Data.Add(f.Prompt(1)); return b; }, null, 0, []),
        ["empty_group_after_a_full_one"] = (f => { var b = f.BatchWithData(runs: 2); b.Data.Add(new BatchGroup()); return b; }, null, 0, []),
        // The order of the groups is the order of the product: B outermost now.
        ["groups_swapped"] = (f =>
        {
            var b = new Batch(f.Graph);
            b.Data.Add(f.Prompt(3, "Orange sushi", "Apple sushi"));
            b.Data.Add(f.Prompt(1, "Banana sushi", "Grape sushi"), f.Prompt(2, "Strawberry sushi", "Blueberry sushi"));
            return b;
        }, null, 4, [A0B0, A1B0, A0B1, A1B1]),
    };

    [Theory]
    [MemberData(nameof(ExpansionCases))]
    public void Sessions_are_expanded_and_counted_as_the_server_does(string name)
    {
        var (make, maximum, requested, order) = ExpansionTable[name];
        var batch = make(new Fixture());

        Assert.Equal(requested, batch.SessionCount);
        Assert.Equal(requested, batch.Expand().LongCount());
        Assert.Equal(order, Prompts(batch, maximum));
        BatchPayloads.Enqueue(batch);
    }

    [Fact]
    public void Each_session_lists_its_values_group_by_group_as_field_values()
    {
        // test_prepare_values_to_insert: three node field values per session, node 4 untouched.
        var batch = new Fixture().BatchWithData(runs: 2);

        var sessions = batch.Expand().ToList();

        Assert.Equal(8, sessions.Count);
        Assert.All(sessions, s => Assert.Equal(3, s.Count));
        Assert.Equal(["1.value", "2.value", "3.value"], sessions[0].Select(v => $"{v.NodePath}.{v.FieldName}"));
        Assert.Equal(["Banana sushi", "Strawberry sushi", "Orange sushi"], sessions[0].Select(v => v.Value.GetString()!));
        Assert.Equal(["Grape sushi", "Blueberry sushi", "Apple sushi"], sessions[7].Select(v => v.Value.GetString()!));
    }

    [Fact]
    public void Video_field_items_expand_into_separate_sessions()
    {
        // test_create_sessions_from_batch_with_video_fields
        var g = new GraphBuilder("g");
        var node = g.Add(new VideoFrameExtractInvocation { Video = new VideoField { VideoName = "placeholder.mp4" } }, id: "1");
        var batch = new Batch(g.Build());
        batch.Data.Add(BatchDatum.Of(node, nameof(VideoFrameExtractInvocation.Video), new VideoField { VideoName = "first.mp4" }, new VideoField { VideoName = "second.mp4" }));

        Assert.Equal(2, batch.SessionCount);
        var videos = batch.Expand().Select(s => s.Single().Value.GetProperty("video_name").GetString()!).ToArray();
        Assert.Equal(["first.mp4", "second.mp4"], videos);
        BatchPayloads.Enqueue(batch, BatchPayloads.Only614);
    }

    [Fact]
    public void The_count_does_not_enumerate_the_product()
    {
        // test_calc_session_count_does_not_materialize_cartesian_product: 1000 runs * 1000^3 = 10^12 sessions.
        var f = new Fixture();
        var batch = new Batch(f.Graph) { Runs = 1000 };
        var thousand = Enumerable.Range(0, 1000).Select(i => $"p{i}").ToArray();
        batch.Data.Add(f.Prompt(1, thousand));
        batch.Data.Add(f.Prompt(2, thousand));
        batch.Data.Add(f.Prompt(3, thousand));

        var clock = Stopwatch.StartNew();
        Assert.Equal(1_000_000_000_000L, batch.SessionCount);
        Assert.True(clock.ElapsedMilliseconds < 1000);
        // The expansion is lazy too: the first sessions come at once.
        Assert.Equal(["p0", "p0", "p1"], batch.Expand().ElementAt(1).Select(v => v.Value.GetString()!));
    }

    [Fact]
    public void The_count_saturates_instead_of_overflowing()
    {
        var f = new Fixture();
        var batch = new Batch(f.Graph) { Runs = int.MaxValue };
        var many = Enumerable.Range(0, 5000).Select(i => $"p{i}").ToArray();
        for (var node = 1; node <= 4; node++)
            batch.Data.Add(f.Prompt(node, many));
        Assert.Equal(long.MaxValue, batch.SessionCount);
        batch.Data.Add(new BatchGroup());
        Assert.Equal(0, batch.SessionCount);
    }

    /// <summary>The server's validators: each case gives the data and the text the problem must contain (null: valid).</summary>
    public static TheoryData<string> ValidatorCases => new(ValidatorTable.Keys);

    private static readonly Dictionary<string, (Func<Fixture, BatchDatum[][]> Data, string? Expected, string NodeId, string Field)> ValidatorTable = new()
    {
        // test_cannot_create_bad_batch_items_length
        ["bad_items_length"] = (f => [[f.Prompt(1, "Banana sushi"), f.Prompt(2, "Toyota", "Nissan")]],
            "zipped batch items must all have the same length", "2", "value"),
        // test_cannot_create_bad_batch_items_type
        ["bad_items_type"] = (f => [[new BatchDatum("1", "value", [Json("\"Banana sushi\""), Json("123")])]],
            "all items in a batch must have the same type", "1", "value"),
        // test_number_type_interop: integers and floats may be mixed, either way round. The Python test puts them in a
        // str field, which the server's coerce_numbers_to_str accepts; GraphDsl also checks the field's type, so the
        // port uses a float field.
        ["number_type_interop_int_first"] = (f => [[BatchDatum.Of(f.Float, "value", [Json("1"), Json("1.5")])]], null, "5", "value"),
        ["number_type_interop_float_first"] = (f => [[BatchDatum.Of(f.Float, "value", [Json("1.5"), Json("1")])]], null, "5", "value"),
        // test_cannot_create_bad_batch_unique_ids
        ["bad_unique_ids"] = (f => [[f.Prompt(1, "Banana sushi")], [f.Prompt(1, "Banana sushi")]],
            "each batch data must have a unique node id and field name", "1", "value"),
        // The same pair twice within one group is refused as well.
        ["bad_unique_ids_in_one_group"] = (f => [[f.Prompt(1, "Banana sushi"), new BatchDatum("1", "value", [Json("\"Grape sushi\"")])]],
            "each batch data must have a unique node id and field name", "1", "value"),
        // test_cannot_create_bad_batch_nodes_exist
        ["bad_nodes_exist"] = (f => [[new BatchDatum("batman", "value", [Json("\"Banana sushi\"")])]],
            "Node batman not found in graph", "batman", "value"),
        // test_cannot_create_bad_batch_fields_exist
        ["bad_fields_exist"] = (f => [[new BatchDatum("1", "batman", [Json("\"Banana sushi\"")])]],
            "Field batman not found in node 1", "1", "batman"),
        // A valid batch, for contrast.
        ["valid"] = (f => [[f.Prompt(1, "a", "b"), f.Prompt(2, "c", "d")], [f.Prompt(3, "e")]], null, "1", "value"),
    };

    [Theory]
    [MemberData(nameof(ValidatorCases))]
    public void The_servers_batch_validators_are_applied(string name)
    {
        var (data, expected, nodeId, field) = ValidatorTable[name];
        var f = new Fixture();
        var batch = new Batch(f.Graph);
        foreach (var group in data(f))
            batch.Data.Add(group);

        var problems = batch.GetProblems();

        if (expected is null)
        {
            Assert.Empty(problems);
            BatchPayloads.Enqueue(batch);
            return;
        }
        // The server stops at its first failing validator; GraphDsl lists every problem, so look for the server's one.
        var problem = Assert.Single(problems, p => p.Message.Contains(expected, StringComparison.OrdinalIgnoreCase));
        Assert.Equal((nodeId, field), (problem.NodeId, problem.Field));
        var error = Assert.Throws<GraphValidationException>(batch.ToEnqueueRequestJson);
        Assert.Equal(problems, error.Problems);
        Assert.Throws<GraphValidationException>(() => batch.Expand());
    }

    private static System.Text.Json.JsonElement Json(string json) => System.Text.Json.JsonDocument.Parse(json).RootElement;
}
