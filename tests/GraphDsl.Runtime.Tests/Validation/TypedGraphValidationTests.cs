namespace GraphDsl.Runtime.Tests.Validation;

/// <summary>Validation of graphs over the generated 6.14 nodes: read from JSON, and built with <see cref="GraphBuilder"/>.</summary>
public sealed class TypedGraphValidationTests
{
    [Fact]
    public void A_graph_read_with_the_real_catalog_reports_each_node_and_field()
    {
        var graph = Graph.FromJson("""
            {"id":"g","nodes":{
              "s":{"id":"s","type":"string","value":"x"},
              "up":{"id":"up","type":"esrgan"},
              "i":{"id":"i","type":"integer","value":3},
              "meta":{"id":"meta","type":"core_metadata"},
              "images":{"id":"images","type":"image_collection","images":[{"image_name":"a.png"}]},
              "up2":{"id":"up2","type":"esrgan"}},
             "edges":[
              {"source":{"node_id":"s","field":"value"},"destination":{"node_id":"up","field":"tile_size"}},
              {"source":{"node_id":"i","field":"value"},"destination":{"node_id":"meta","field":"cfg_scale"}},
              {"source":{"node_id":"i","field":"value"},"destination":{"node_id":"meta","field":"seed"}},
              {"source":{"node_id":"images","field":"collection"},"destination":{"node_id":"up2","field":"image"}}]}
            """, NodeCatalog.Instance);
        Assert.IsType<ESRGANInvocation>(graph.Nodes[1]);

        var error = Assert.Throws<GraphValidationException>(graph.Validate);

        Assert.Collection(error.Problems,
            p => AssertProblem(p, "up", "tile_size", "Edge source and target types do not match (s.value -> up.tile_size): str cannot go into int"),
            // int -> float|None: the server wants exactly float (invokeai-protocol.md §2).
            p => AssertProblem(p, "meta", "cfg_scale", "Edge source and target types do not match (i.value -> meta.cfg_scale): int cannot go into float|None"),
            p => AssertProblem(p, "up2", "image", "do not match at run time (images.collection -> up2.image): the server accepts list[ImageField] -> ImageField|None"),
            p => AssertProblem(p, "up", "image", "Node esrgan missing value or connection for field image"));
        Assert.Contains("node 'up', field 'image'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_reports_a_required_input_left_unset()
    {
        var g = new GraphBuilder("g");
        g.Add(new ESRGANInvocation { Image = default }, id: "up");

        var error = Assert.Throws<GraphValidationException>(g.Build);

        var problem = Assert.Single(error.Problems);
        AssertProblem(problem, "up", "image", "Node esrgan missing value or connection for field image");
    }

    [Fact]
    public void Build_applies_the_iterate_and_collect_rules()
    {
        var g = new GraphBuilder("g");
        var add = g.Add(new AddInvocation { A = 1, B = 2 }, id: "add");
        g.Add(new IterateInvocation { Collection = add.Out.Value }, id: "it");
        g.Add(new CollectInvocation(), id: "col");

        var error = Assert.Throws<GraphValidationException>(g.Build);

        Assert.Collection(error.Problems,
            p => AssertProblem(p, "it", "collection", "Invalid iterator node (it): Iterator input must be a collection (add.value -> it.collection gives int, not a list)"),
            p => AssertProblem(p, "col", "item", "Invalid collector node (col): Collector must have at least one item or collection input edge"));
    }

    [Fact]
    public void Build_still_reports_an_input_connected_outside_the_graph_once()
    {
        var g = new GraphBuilder("g");
        var outside = new BlankImageInvocation();
        g.Add(new ESRGANInvocation { Image = outside.Out.Image }, id: "up");

        var error = Assert.Throws<GraphValidationException>(g.Build);

        var problem = Assert.Single(error.Problems);
        AssertProblem(problem, "up", "image", "not added to this graph");
    }

    [Fact]
    public void Build_returns_a_valid_graph()
    {
        var g = new GraphBuilder("g");
        var add = g.Add(new AddInvocation { A = 2, B = 3 }, id: "add");
        g.Add(new MultiplyInvocation { A = add.Out.Value, B = 10 }, id: "mul");
        var blank = g.Add(new BlankImageInvocation(), id: "blank");
        g.Add(new ESRGANInvocation { Image = blank.Out.Image }, id: "up");

        var graph = g.Build();

        Assert.Empty(graph.GetProblems());
        graph.Validate();
    }

    private static void AssertProblem(GraphProblem problem, string nodeId, string? field, string fragment)
    {
        Assert.Equal(nodeId, problem.NodeId);
        Assert.Equal(field, problem.Field);
        Assert.Contains(fragment, problem.Message, StringComparison.Ordinal);
    }
}
