namespace GraphDsl.Runtime.Tests.Validation;

/// <summary>A problem a case expects: node id, field (or <see langword="null"/>), and a fragment of the message.</summary>
public sealed record ExpectedProblem(string NodeId, string? Field, string MessageFragment);

/// <summary>
/// One conformance case: a graph as the server's JSON, over <see cref="TestNodeCatalog"/>, and what validation must say.
/// </summary>
/// <param name="Name">The InvokeAI test it ports, with file and line.</param>
/// <param name="Json">The graph.</param>
/// <param name="Server">
/// What the server's <c>Graph.validate_self</c> (run at enqueue) does with this graph: <c>valid</c>, or the error it raises
/// first (<c>TypeError</c> where the validation itself crashes). <c>valid</c> with expected problems means the server accepts
/// a graph that fails when it runs.
/// </param>
/// <param name="Problems">Every problem expected; none for a valid graph.</param>
public sealed record ConformanceCase(string Name, string Json, string Server, params ExpectedProblem[] Problems);

/// <summary>
/// The graph cases of InvokeAI's <c>tests/test_node_graph.py</c> and the <c>validate_self</c> cases of
/// <c>tests/test_graph_execution_state.py</c> (commit 8e71a8a5, 6.14.0-alpha), as whole graphs.
/// </summary>
/// <remarks>
/// <para>
/// The python tests mostly build a graph edge by edge with <c>Graph.add_edge</c>, which refuses the bad edge. Here the bad edge
/// is part of the graph, which is what a client sends to <c>enqueue_batch</c>: the server's <c>validate_self</c> must reject it,
/// or, where only <c>add_edge</c> would have (a second edge into one input), the run-time checks do.
/// </para>
/// <para>
/// Not applicable, being about python APIs rather than about which graphs are valid:
/// <c>test_graph_updates_node</c> (:123), <c>test_graph_fails_to_update_node_if_type_changes</c> (:137),
/// <c>test_graph_allows_non_conflicting_id_change</c> (:150), <c>test_graph_fails_to_update_node_id_if_conflict</c> (:174)
/// — <c>update_node</c>, a mutation API; <c>test_graph_edge_indexes_follow_edge_list_replacement</c> (:585),
/// <c>..._partially_failed_edge_list_mutation</c> (:595), <c>test_graph_copy_rebinds_edge_list_invalidation</c> (:611),
/// <c>test_graph_python_copy_rebinds_edge_list_invalidation</c> (:623), <c>test_graph_pickle_rebinds_edge_list_invalidation</c> (:636),
/// <c>test_graph_edges_cannot_be_mutated_after_indexing</c> (:647), <c>test_graph_equality_ignores_adjacency_cache_state</c> (:658)
/// — python's adjacency caches, copying and pickling (a <see cref="Graph"/> indexes its edges afresh on each validation);
/// <c>test_graph_gets_networkx_graph</c> (:667) — networkx; <c>test_graph_can_serialize</c> (:684) and the round trip of
/// <c>test_graph_can_deserialize</c> (:697) — serialization, tested in <c>GraphJsonTests</c> (its graph is a case below);
/// <c>test_invocation_decorator</c> (:720), <c>test_invocation_version_must_be_semver</c> (:741),
/// <c>test_invocation_output_decorator</c> (:758), <c>test_graph_can_generate_schema</c> (:972),
/// <c>test_nodes_must_implement_invoke_method</c> (:978), <c>test_nodes_must_return_invocation_output</c> (:986),
/// <c>..._under_optimized_python</c> (:995) — declaring node classes, which is the generator's side. The execution results the
/// chain tests (:357, :391, :1025-1224) also assert (collected values, their order) are the emulator's concern; their graphs are
/// cases below. <c>test_are_connection_types_compatible_accepts_subclass_to_base</c>
/// (<c>test_graph_execution_state.py:2227</c>) is about python classes the schema cannot express; it is ported in
/// <c>ConnectionTypesTests</c> with an explicit subclass relation.
/// </para>
/// </remarks>
public static class ConformanceCases
{
    private const string Valid = "valid";

    public static IReadOnlyList<ConformanceCase> All { get; } =
    [
        // ---- tests/test_node_graph.py ----

        new("test_connections_are_compatible (test_node_graph.py:65)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"test_text_to_image","prompt":"Banana sushi"},
              "2":{"id":"2","type":"esrgan"}},
             "edges":[
              {"source":{"node_id":"1","field":"image"},"destination":{"node_id":"2","field":"image"}}]}
            """, Valid),

        // ESRGAN has no `strength` in 6.14: the server finds the missing field before any type.
        new("test_connections_are_incompatible (test_node_graph.py:76)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"test_text_to_image","prompt":"Banana sushi"},
              "2":{"id":"2","type":"esrgan","image":{"image_name":"x.png"}}},
             "edges":[
              {"source":{"node_id":"1","field":"image"},"destination":{"node_id":"2","field":"strength"}}]}
            """, "NodeFieldNotFoundError",
            new ExpectedProblem("2", "strength", "Edge destination field strength does not exist in node 2")),

        // The same intent with a field 6.14 has: an image into an integer.
        new("test_connections_are_incompatible, with esrgan.tile_size (test_node_graph.py:76)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"test_text_to_image","prompt":"Banana sushi"},
              "2":{"id":"2","type":"esrgan","image":{"image_name":"x.png"}}},
             "edges":[
              {"source":{"node_id":"1","field":"image"},"destination":{"node_id":"2","field":"tile_size"}}]}
            """, "InvalidEdgeError",
            new ExpectedProblem("2", "tile_size", "Edge source and target types do not match (1.image -> 2.tile_size): ImageField cannot go into int")),

        new("test_connections_incompatible_with_invalid_fields, source (test_node_graph.py:87)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"test_text_to_image","prompt":"Banana sushi"},
              "2":{"id":"2","type":"esrgan"}},
             "edges":[
              {"source":{"node_id":"1","field":"invalid_field"},"destination":{"node_id":"2","field":"image"}}]}
            """, "NodeFieldNotFoundError",
            new ExpectedProblem("1", "invalid_field", "Edge source field invalid_field does not exist in node 1")),

        new("test_connections_incompatible_with_invalid_fields, destination (test_node_graph.py:87)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"test_text_to_image","prompt":"Banana sushi"},
              "2":{"id":"2","type":"esrgan","image":{"image_name":"x.png"}}},
             "edges":[
              {"source":{"node_id":"1","field":"image"},"destination":{"node_id":"2","field":"invalid_field"}}]}
            """, "NodeFieldNotFoundError",
            new ExpectedProblem("2", "invalid_field", "Edge destination field invalid_field does not exist in node 2")),

        new("test_graph_can_add_node (test_node_graph.py:105)", """
            {"id":"g","nodes":{"1":{"id":"1","type":"test_text_to_image","prompt":"Banana sushi"}},"edges":[]}
            """, Valid),

        // add_node refuses a second node "1". In JSON the key can only repeat; the server's dict keeps the last.
        new("test_graph_fails_to_add_node_with_duplicate_id, repeated key (test_node_graph.py:113)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"test_text_to_image","prompt":"Banana sushi"},
              "1":{"id":"1","type":"test_text_to_image","prompt":"Banana sushi the second"}},
             "edges":[]}
            """, Valid,
            new ExpectedProblem("1", null, "Node key 1 appears more than once")),

        // Two keys, one id: DuplicateNodeIdError, then NodeIdMismatchError.
        new("test_graph_fails_to_add_node_with_duplicate_id, repeated id (test_node_graph.py:113)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"test_text_to_image","prompt":"Banana sushi"},
              "1b":{"id":"1","type":"test_text_to_image","prompt":"Banana sushi the second"}},
             "edges":[]}
            """, "DuplicateNodeIdError",
            new ExpectedProblem("1", null, "Node ids must be unique, found duplicates {1}"),
            new ExpectedProblem("1b", null, "Node ids must match, got 1b and 1")),

        new("test_graph_adds_edge (test_node_graph.py:186)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"test_text_to_image","prompt":"Banana sushi"},
              "2":{"id":"2","type":"esrgan"}},
             "edges":[
              {"source":{"node_id":"1","field":"image"},"destination":{"node_id":"2","field":"image"}}]}
            """, Valid),

        new("test_graph_fails_to_add_edge_with_cycle (test_node_graph.py:199)", """
            {"id":"g","nodes":{"1":{"id":"1","type":"esrgan"}},
             "edges":[
              {"source":{"node_id":"1","field":"image"},"destination":{"node_id":"1","field":"image"}}]}
            """, "CyclicalGraphError",
            new ExpectedProblem("1", null, "Graph contains cycles (1 -> 1)")),

        // 2.image has two edges (from 1 and 3): add_edge would refuse the second; at run time the last wins.
        new("test_graph_fails_to_add_edge_with_long_cycle (test_node_graph.py:208)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"test_text_to_image","prompt":"Banana sushi"},
              "2":{"id":"2","type":"esrgan"},
              "3":{"id":"3","type":"esrgan"}},
             "edges":[
              {"source":{"node_id":"1","field":"image"},"destination":{"node_id":"2","field":"image"}},
              {"source":{"node_id":"2","field":"image"},"destination":{"node_id":"3","field":"image"}},
              {"source":{"node_id":"3","field":"image"},"destination":{"node_id":"2","field":"image"}}]}
            """, "CyclicalGraphError",
            new ExpectedProblem("2", null, "Graph contains cycles (2 -> 3 -> 2)"),
            new ExpectedProblem("2", "image", "Edge already exists (3.image -> 2.image)")),

        new("test_graph_fails_to_add_edge_with_missing_node_id, destination (test_node_graph.py:225)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"test_text_to_image","prompt":"Banana sushi"},
              "2":{"id":"2","type":"esrgan","image":{"image_name":"x.png"}}},
             "edges":[
              {"source":{"node_id":"1","field":"image"},"destination":{"node_id":"3","field":"image"}}]}
            """, "NodeNotFoundError",
            new ExpectedProblem("3", "image", "Edge destination node 3 does not exist in the graph")),

        // test_text_to_image has no `image` input either; the server stops at the missing node.
        new("test_graph_fails_to_add_edge_with_missing_node_id, source (test_node_graph.py:225)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"test_text_to_image","prompt":"Banana sushi"},
              "2":{"id":"2","type":"esrgan","image":{"image_name":"x.png"}}},
             "edges":[
              {"source":{"node_id":"3","field":"image"},"destination":{"node_id":"1","field":"image"}}]}
            """, "NodeNotFoundError",
            new ExpectedProblem("1", "image", "Edge source node 3 does not exist in the graph"),
            new ExpectedProblem("1", "image", "Edge destination field image does not exist in node 1")),

        // validate_self lets this pass; add_edge refuses the third edge, and at run time only the last edge into 3.image counts.
        new("test_graph_fails_to_add_edge_when_destination_exists (test_node_graph.py:239)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"test_text_to_image","prompt":"Banana sushi"},
              "2":{"id":"2","type":"esrgan"},
              "3":{"id":"3","type":"esrgan"}},
             "edges":[
              {"source":{"node_id":"1","field":"image"},"destination":{"node_id":"2","field":"image"}},
              {"source":{"node_id":"1","field":"image"},"destination":{"node_id":"3","field":"image"}},
              {"source":{"node_id":"2","field":"image"},"destination":{"node_id":"3","field":"image"}}]}
            """, Valid,
            new ExpectedProblem("3", "image", "Edge already exists (2.image -> 3.image): the input already has an edge (1.image -> 3.image)")),

        new("test_graph_fails_to_add_edge_with_mismatched_types (test_node_graph.py:256)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"test_text_to_image","prompt":"Banana sushi"},
              "2":{"id":"2","type":"esrgan","image":{"image_name":"x.png"}}},
             "edges":[
              {"source":{"node_id":"1","field":"image"},"destination":{"node_id":"2","field":"strength"}}]}
            """, "NodeFieldNotFoundError",
            new ExpectedProblem("2", "strength", "Edge destination field strength does not exist in node 2")),

        new("test_graph_connects_collector (test_node_graph.py:267)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"test_text_to_image","prompt":"Banana sushi"},
              "2":{"id":"2","type":"test_text_to_image","prompt":"Banana sushi 2"},
              "3":{"id":"3","type":"collect"},
              "4":{"id":"4","type":"test_list"}},
             "edges":[
              {"source":{"node_id":"1","field":"image"},"destination":{"node_id":"3","field":"item"}},
              {"source":{"node_id":"2","field":"image"},"destination":{"node_id":"3","field":"item"}},
              {"source":{"node_id":"3","field":"collection"},"destination":{"node_id":"4","field":"collection"}}]}
            """, Valid),

        new("test_graph_rejects_collector_output_edge_before_input_edge (test_node_graph.py:286)", """
            {"id":"g","nodes":{
              "collect":{"id":"collect","type":"collect"},
              "consumer":{"id":"consumer","type":"test_list"}},
             "edges":[
              {"source":{"node_id":"collect","field":"collection"},"destination":{"node_id":"consumer","field":"collection"}}]}
            """, "InvalidEdgeError",
            new ExpectedProblem("collect", "item", "Invalid collector node (collect): Collector must have at least one item or collection input edge")),

        new("test_graph_collector_invalid_with_varying_input_types (test_node_graph.py:298)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"test_text_to_image","prompt":"Banana sushi"},
              "2":{"id":"2","type":"test_prompt","prompt":"banana sushi 2"},
              "3":{"id":"3","type":"collect"}},
             "edges":[
              {"source":{"node_id":"1","field":"image"},"destination":{"node_id":"3","field":"item"}},
              {"source":{"node_id":"2","field":"prompt"},"destination":{"node_id":"3","field":"item"}}]}
            """, "InvalidEdgeError",
            new ExpectedProblem("3", "item", "Invalid collector node (3): Collector input collection items must be of a single type")),

        new("test_graph_collector_invalid_with_varying_input_output (test_node_graph.py:315)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"test_prompt","prompt":"Banana sushi"},
              "2":{"id":"2","type":"test_prompt","prompt":"Banana sushi 2"},
              "3":{"id":"3","type":"collect"},
              "4":{"id":"4","type":"test_list"}},
             "edges":[
              {"source":{"node_id":"1","field":"prompt"},"destination":{"node_id":"3","field":"item"}},
              {"source":{"node_id":"2","field":"prompt"},"destination":{"node_id":"3","field":"item"}},
              {"source":{"node_id":"3","field":"collection"},"destination":{"node_id":"4","field":"collection"}}]}
            """, "InvalidEdgeError",
            new ExpectedProblem("3", "collection", "Invalid collector node (3): Collector outputs must connect to a collection input with a matching type")),

        new("test_graph_collector_invalid_with_non_list_output (test_node_graph.py:336)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"test_prompt","prompt":"Banana sushi"},
              "2":{"id":"2","type":"test_prompt","prompt":"Banana sushi 2"},
              "3":{"id":"3","type":"collect"},
              "4":{"id":"4","type":"test_prompt"}},
             "edges":[
              {"source":{"node_id":"1","field":"prompt"},"destination":{"node_id":"3","field":"item"}},
              {"source":{"node_id":"2","field":"prompt"},"destination":{"node_id":"3","field":"item"}},
              {"source":{"node_id":"3","field":"collection"},"destination":{"node_id":"4","field":"prompt"}}]}
            """, "InvalidEdgeError",
            new ExpectedProblem("3", "collection", "Invalid collector node (3): Collector output must connect to a collection input")),

        new("test_graph_collector_can_chain_collection_input (test_node_graph.py:357)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"test_prompt_collection","collection":["Banana","Sushi"]},
              "2":{"id":"2","type":"test_prompt","prompt":"Ramen"},
              "3":{"id":"3","type":"collect"}},
             "edges":[
              {"source":{"node_id":"1","field":"collection"},"destination":{"node_id":"3","field":"collection"}},
              {"source":{"node_id":"2","field":"prompt"},"destination":{"node_id":"3","field":"item"}}]}
            """, Valid),

        new("test_graph_collector_chain_rejects_mismatched_item_type (test_node_graph.py:377)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"test_prompt_collection","collection":["Banana","Sushi"]},
              "2":{"id":"2","type":"integer","value":7},
              "3":{"id":"3","type":"collect"}},
             "edges":[
              {"source":{"node_id":"1","field":"collection"},"destination":{"node_id":"3","field":"collection"}},
              {"source":{"node_id":"2","field":"value"},"destination":{"node_id":"3","field":"item"}}]}
            """, "InvalidEdgeError",
            new ExpectedProblem("3", "item", "Invalid collector node (3): Collector input collection items must be of a single type")),

        new("test_graph_iterator_accepts_collector_chained_collection_input (test_node_graph.py:391)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"test_prompt","prompt":"Banana"},
              "2":{"id":"2","type":"collect"},
              "3":{"id":"3","type":"collect"},
              "4":{"id":"4","type":"iterate"},
              "5":{"id":"5","type":"test_prompt"}},
             "edges":[
              {"source":{"node_id":"1","field":"prompt"},"destination":{"node_id":"2","field":"item"}},
              {"source":{"node_id":"2","field":"collection"},"destination":{"node_id":"3","field":"collection"}},
              {"source":{"node_id":"3","field":"collection"},"destination":{"node_id":"4","field":"collection"}},
              {"source":{"node_id":"4","field":"item"},"destination":{"node_id":"5","field":"prompt"}}]}
            """, Valid),

        // validate_self: collector 1 (ColorField) passes, as the chain's mixed types make collector 2's root Any;
        // collector 2 then has two root types.
        new("test_graph_collector_chain_rejects_upstream_mismatch_added_late (test_node_graph.py:417)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"collect"},
              "2":{"id":"2","type":"collect"},
              "3":{"id":"3","type":"test_prompt","prompt":"typed-as-string"},
              "4":{"id":"4","type":"color"}},
             "edges":[
              {"source":{"node_id":"1","field":"collection"},"destination":{"node_id":"2","field":"collection"}},
              {"source":{"node_id":"3","field":"prompt"},"destination":{"node_id":"2","field":"item"}},
              {"source":{"node_id":"4","field":"color"},"destination":{"node_id":"1","field":"item"}}]}
            """, "InvalidEdgeError",
            new ExpectedProblem("2", "item", "Invalid collector node (2): Collector input collection items must be of a single type")),

        new("test_graph_collector_rejects_mismatched_item_with_union_collection_input (test_node_graph.py:437)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"test_union_collection"},
              "2":{"id":"2","type":"collect"},
              "3":{"id":"3","type":"color"}},
             "edges":[
              {"source":{"node_id":"1","field":"value"},"destination":{"node_id":"2","field":"collection"}},
              {"source":{"node_id":"3","field":"color"},"destination":{"node_id":"2","field":"item"}}]}
            """, "InvalidEdgeError",
            new ExpectedProblem("2", "item", "Invalid collector node (2): Collector input collection items must be of a single type")),

        new("test_graph_connects_iterator (test_node_graph.py:451)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"test_list"},
              "2":{"id":"2","type":"iterate"},
              "3":{"id":"3","type":"test_image_to_image","prompt":"Banana sushi"}},
             "edges":[
              {"source":{"node_id":"1","field":"collection"},"destination":{"node_id":"2","field":"collection"}},
              {"source":{"node_id":"2","field":"item"},"destination":{"node_id":"3","field":"image"}}]}
            """, Valid),

        new("test_graph_iterator_invalid_if_multiple_inputs (test_node_graph.py:469)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"test_list"},
              "2":{"id":"2","type":"iterate"},
              "3":{"id":"3","type":"test_image_to_image","prompt":"Banana sushi"},
              "4":{"id":"4","type":"test_list"}},
             "edges":[
              {"source":{"node_id":"1","field":"collection"},"destination":{"node_id":"2","field":"collection"}},
              {"source":{"node_id":"2","field":"item"},"destination":{"node_id":"3","field":"image"}},
              {"source":{"node_id":"4","field":"collection"},"destination":{"node_id":"2","field":"collection"}}]}
            """, "InvalidEdgeError",
            new ExpectedProblem("2", "collection", "Invalid iterator node (2): Iterator may only have one input edge")),

        // test_text_to_image has no `collection` output: the server finds the missing field first.
        new("test_graph_iterator_invalid_if_input_not_list (test_node_graph.py:490)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"test_text_to_image","prompt":"Banana sushi"},
              "2":{"id":"2","type":"iterate"}},
             "edges":[
              {"source":{"node_id":"1","field":"collection"},"destination":{"node_id":"2","field":"collection"}}]}
            """, "NodeFieldNotFoundError",
            new ExpectedProblem("1", "collection", "Edge source field collection does not exist in node 1")),

        // The same intent with an output that exists: an image is not a list.
        new("test_graph_iterator_invalid_if_input_not_list, from image (test_node_graph.py:490)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"test_text_to_image","prompt":"Banana sushi"},
              "2":{"id":"2","type":"iterate"}},
             "edges":[
              {"source":{"node_id":"1","field":"image"},"destination":{"node_id":"2","field":"collection"}}]}
            """, "InvalidEdgeError",
            new ExpectedProblem("2", "collection", "Invalid iterator node (2): Iterator input must be a collection")),

        new("test_graph_iterator_invalid_if_output_and_input_types_different (test_node_graph.py:503)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"test_list"},
              "2":{"id":"2","type":"iterate"},
              "3":{"id":"3","type":"test_prompt","prompt":"Banana sushi"}},
             "edges":[
              {"source":{"node_id":"1","field":"collection"},"destination":{"node_id":"2","field":"collection"}},
              {"source":{"node_id":"2","field":"item"},"destination":{"node_id":"3","field":"prompt"}}]}
            """, "InvalidEdgeError",
            new ExpectedProblem("2", "item", "Invalid iterator node (2): Iterator outputs must connect to an input with a matching type")),

        new("test_graph_validates (test_node_graph.py:520)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"test_text_to_image","prompt":"Banana sushi"},
              "2":{"id":"2","type":"esrgan"}},
             "edges":[
              {"source":{"node_id":"1","field":"image"},"destination":{"node_id":"2","field":"image"}}]}
            """, Valid),

        new("test_graph_invalid_if_edges_reference_missing_nodes (test_node_graph.py:532)", """
            {"id":"g","nodes":{"1":{"id":"1","type":"test_text_to_image","prompt":"Banana sushi"}},
             "edges":[
              {"source":{"node_id":"1","field":"image"},"destination":{"node_id":"2","field":"image"}}]}
            """, "NodeNotFoundError",
            new ExpectedProblem("2", "image", "Edge destination node 2 does not exist in the graph")),

        new("test_graph_invalid_if_has_cycle (test_node_graph.py:542)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"esrgan"},
              "2":{"id":"2","type":"esrgan"}},
             "edges":[
              {"source":{"node_id":"1","field":"image"},"destination":{"node_id":"2","field":"image"}},
              {"source":{"node_id":"2","field":"image"},"destination":{"node_id":"1","field":"image"}}]}
            """, "CyclicalGraphError",
            new ExpectedProblem("1", null, "Graph contains cycles (1 -> 2 -> 1)")),

        new("test_graph_invalid_with_invalid_connection (test_node_graph.py:556)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"test_text_to_image","prompt":"Banana sushi"},
              "2":{"id":"2","type":"esrgan","image":{"image_name":"x.png"}}},
             "edges":[
              {"source":{"node_id":"1","field":"image"},"destination":{"node_id":"2","field":"strength"}}]}
            """, "NodeFieldNotFoundError",
            new ExpectedProblem("2", "strength", "Edge destination field strength does not exist in node 2")),

        new("test_graph_edge_indexes_follow_direct_edge_list_mutation, before clearing (test_node_graph.py:568)", """
            {"id":"g","nodes":{
              "range":{"id":"range","type":"test_prompt_collection","collection":["one"]},
              "iterate":{"id":"iterate","type":"iterate"}},
             "edges":[
              {"source":{"node_id":"range","field":"collection"},"destination":{"node_id":"iterate","field":"collection"}}]}
            """, Valid),

        new("test_graph_edge_indexes_follow_direct_edge_list_mutation, after clearing (test_node_graph.py:568)", """
            {"id":"g","nodes":{
              "range":{"id":"range","type":"test_prompt_collection","collection":["one"]},
              "iterate":{"id":"iterate","type":"iterate"}},
             "edges":[]}
            """, "InvalidEdgeError",
            new ExpectedProblem("iterate", "collection", "Invalid iterator node (iterate): Iterator must have a collection input edge")),

        new("test_graph_can_deserialize, its graph (test_node_graph.py:697)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"test_text_to_image","prompt":"Banana sushi"},
              "2":{"id":"2","type":"test_image_to_image"}},
             "edges":[
              {"source":{"node_id":"1","field":"image"},"destination":{"node_id":"2","field":"image"}}]}
            """, Valid),

        new("test_floats_accept_ints (test_node_graph.py:768)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"integer","value":1},
              "2":{"id":"2","type":"float"}},
             "edges":[
              {"source":{"node_id":"1","field":"value"},"destination":{"node_id":"2","field":"value"}}]}
            """, Valid),

        new("test_ints_do_not_accept_floats (test_node_graph.py:780)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"float","value":1.0},
              "2":{"id":"2","type":"integer"}},
             "edges":[
              {"source":{"node_id":"1","field":"value"},"destination":{"node_id":"2","field":"value"}}]}
            """, "InvalidEdgeError",
            new ExpectedProblem("2", "value", "Edge source and target types do not match (1.value -> 2.value): float cannot go into int")),

        new("test_polymorphic_accepts_single (test_node_graph.py:792)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"string","value":"banana"},
              "2":{"id":"2","type":"test_polymorphic"}},
             "edges":[
              {"source":{"node_id":"1","field":"value"},"destination":{"node_id":"2","field":"value"}}]}
            """, Valid),

        new("test_polymorphic_accepts_collection_of_same_base_type (test_node_graph.py:803)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"test_prompt_collection","collection":["banana","sundae"]},
              "2":{"id":"2","type":"test_polymorphic"}},
             "edges":[
              {"source":{"node_id":"1","field":"collection"},"destination":{"node_id":"2","field":"value"}}]}
            """, Valid),

        new("test_polymorphic_does_not_accept_collection_of_different_base_type (test_node_graph.py:814)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"float_collection","collection":[1.0,2.0,3.0]},
              "2":{"id":"2","type":"test_polymorphic"}},
             "edges":[
              {"source":{"node_id":"1","field":"collection"},"destination":{"node_id":"2","field":"value"}}]}
            """, "InvalidEdgeError",
            new ExpectedProblem("2", "value", "Edge source and target types do not match (1.collection -> 2.value): list[float] cannot go into str|list[str]")),

        new("test_polymorphic_does_not_accept_generic_collection (test_node_graph.py:825)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"integer","value":1},
              "2":{"id":"2","type":"integer","value":2},
              "3":{"id":"3","type":"collect"},
              "4":{"id":"4","type":"test_polymorphic"}},
             "edges":[
              {"source":{"node_id":"1","field":"value"},"destination":{"node_id":"3","field":"item"}},
              {"source":{"node_id":"2","field":"value"},"destination":{"node_id":"3","field":"item"}},
              {"source":{"node_id":"3","field":"collection"},"destination":{"node_id":"4","field":"value"}}]}
            """, "InvalidEdgeError",
            new ExpectedProblem("3", "collection", "Invalid collector node (3): Collector outputs must connect to a collection input with a matching type")),

        new("test_any_accepts_integer (test_node_graph.py:844)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"integer","value":1},
              "2":{"id":"2","type":"test_any"}},
             "edges":[
              {"source":{"node_id":"1","field":"value"},"destination":{"node_id":"2","field":"value"}}]}
            """, Valid),

        new("test_any_accepts_string (test_node_graph.py:855)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"string","value":"banana sundae"},
              "2":{"id":"2","type":"test_any"}},
             "edges":[
              {"source":{"node_id":"1","field":"value"},"destination":{"node_id":"2","field":"value"}}]}
            """, Valid),

        new("test_any_accepts_generic_collection (test_node_graph.py:866)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"integer","value":1},
              "2":{"id":"2","type":"integer","value":2},
              "3":{"id":"3","type":"collect"},
              "4":{"id":"4","type":"test_any"}},
             "edges":[
              {"source":{"node_id":"1","field":"value"},"destination":{"node_id":"3","field":"item"}},
              {"source":{"node_id":"2","field":"value"},"destination":{"node_id":"3","field":"item"}},
              {"source":{"node_id":"3","field":"collection"},"destination":{"node_id":"4","field":"value"}}]}
            """, Valid),

        new("test_any_accepts_prompt_collection (test_node_graph.py:885)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"test_prompt_collection","collection":["banana","sundae"]},
              "2":{"id":"2","type":"test_any"}},
             "edges":[
              {"source":{"node_id":"1","field":"collection"},"destination":{"node_id":"2","field":"value"}}]}
            """, Valid),

        new("test_any_accepts_any (test_node_graph.py:896)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"test_any"},
              "2":{"id":"2","type":"test_any"}},
             "edges":[
              {"source":{"node_id":"1","field":"value"},"destination":{"node_id":"2","field":"value"}}]}
            """, Valid),

        new("test_iterate_accepts_collection (test_node_graph.py:907)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"integer","value":1},
              "2":{"id":"2","type":"integer","value":2},
              "3":{"id":"3","type":"collect"},
              "4":{"id":"4","type":"iterate"}},
             "edges":[
              {"source":{"node_id":"1","field":"value"},"destination":{"node_id":"3","field":"item"}},
              {"source":{"node_id":"2","field":"value"},"destination":{"node_id":"3","field":"item"}},
              {"source":{"node_id":"3","field":"collection"},"destination":{"node_id":"4","field":"collection"}}]}
            """, Valid),

        new("test_iterate_accepts_collection_from_any_only_collector (test_node_graph.py:925)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"test_any"},
              "2":{"id":"2","type":"collect"},
              "3":{"id":"3","type":"iterate"},
              "4":{"id":"4","type":"test_any"}},
             "edges":[
              {"source":{"node_id":"1","field":"value"},"destination":{"node_id":"2","field":"item"}},
              {"source":{"node_id":"2","field":"collection"},"destination":{"node_id":"3","field":"collection"}},
              {"source":{"node_id":"3","field":"item"},"destination":{"node_id":"4","field":"value"}}]}
            """, Valid),

        new("test_iterate_validates_collection_inputs_against_iterator_outputs, matching (test_node_graph.py:943)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"integer","value":1},
              "2":{"id":"2","type":"integer","value":2},
              "3":{"id":"3","type":"collect"},
              "4":{"id":"4","type":"iterate"},
              "5":{"id":"5","type":"add"}},
             "edges":[
              {"source":{"node_id":"1","field":"value"},"destination":{"node_id":"3","field":"item"}},
              {"source":{"node_id":"2","field":"value"},"destination":{"node_id":"3","field":"item"}},
              {"source":{"node_id":"3","field":"collection"},"destination":{"node_id":"4","field":"collection"}},
              {"source":{"node_id":"4","field":"item"},"destination":{"node_id":"5","field":"a"}}]}
            """, Valid),

        new("test_iterate_validates_collection_inputs_against_iterator_outputs, mismatched (test_node_graph.py:943)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"integer","value":1},
              "2":{"id":"2","type":"integer","value":2},
              "3":{"id":"3","type":"collect"},
              "4":{"id":"4","type":"iterate"},
              "5":{"id":"5","type":"add"},
              "6":{"id":"6","type":"color"}},
             "edges":[
              {"source":{"node_id":"1","field":"value"},"destination":{"node_id":"3","field":"item"}},
              {"source":{"node_id":"2","field":"value"},"destination":{"node_id":"3","field":"item"}},
              {"source":{"node_id":"3","field":"collection"},"destination":{"node_id":"4","field":"collection"}},
              {"source":{"node_id":"4","field":"item"},"destination":{"node_id":"5","field":"a"}},
              {"source":{"node_id":"4","field":"item"},"destination":{"node_id":"6","field":"color"}}]}
            """, "InvalidEdgeError",
            new ExpectedProblem("4", "item", "Invalid iterator node (4): Iterator collection type must match all iterator output types")),

        new("test_collector_different_incomers (test_node_graph.py:1025)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"test_prompt","prompt":"Banana"},
              "2":{"id":"2","type":"string","value":"Sushi"},
              "3":{"id":"3","type":"collect"}},
             "edges":[
              {"source":{"node_id":"1","field":"prompt"},"destination":{"node_id":"3","field":"item"}},
              {"source":{"node_id":"2","field":"value"},"destination":{"node_id":"3","field":"item"}}]}
            """, Valid),

        new("test_iterator_collector_iterator_chain (test_node_graph.py:1049)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"test_prompt_collection","collection":["apple","banana","cherry"]},
              "2":{"id":"2","type":"iterate"},
              "3":{"id":"3","type":"test_prompt"},
              "4":{"id":"4","type":"collect"},
              "5":{"id":"5","type":"iterate"},
              "6":{"id":"6","type":"test_prompt"},
              "7":{"id":"7","type":"collect"}},
             "edges":[
              {"source":{"node_id":"1","field":"collection"},"destination":{"node_id":"2","field":"collection"}},
              {"source":{"node_id":"2","field":"item"},"destination":{"node_id":"3","field":"prompt"}},
              {"source":{"node_id":"3","field":"prompt"},"destination":{"node_id":"4","field":"item"}},
              {"source":{"node_id":"4","field":"collection"},"destination":{"node_id":"5","field":"collection"}},
              {"source":{"node_id":"5","field":"item"},"destination":{"node_id":"6","field":"prompt"}},
              {"source":{"node_id":"6","field":"prompt"},"destination":{"node_id":"7","field":"item"}}]}
            """, Valid),

        new("test_parallel_iterator_collector_iterator_chains (test_node_graph.py:1088)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"test_prompt_collection","collection":["a","b"]},
              "2":{"id":"2","type":"iterate"},
              "3":{"id":"3","type":"test_prompt"},
              "4":{"id":"4","type":"collect"},
              "5":{"id":"5","type":"iterate"},
              "6":{"id":"6","type":"test_prompt"},
              "7":{"id":"7","type":"collect"},
              "8":{"id":"8","type":"test_prompt_collection","collection":["x","y","z"]},
              "9":{"id":"9","type":"iterate"},
              "10":{"id":"10","type":"test_prompt"},
              "11":{"id":"11","type":"collect"},
              "12":{"id":"12","type":"iterate"},
              "13":{"id":"13","type":"test_prompt"},
              "14":{"id":"14","type":"collect"}},
             "edges":[
              {"source":{"node_id":"1","field":"collection"},"destination":{"node_id":"2","field":"collection"}},
              {"source":{"node_id":"2","field":"item"},"destination":{"node_id":"3","field":"prompt"}},
              {"source":{"node_id":"3","field":"prompt"},"destination":{"node_id":"4","field":"item"}},
              {"source":{"node_id":"4","field":"collection"},"destination":{"node_id":"5","field":"collection"}},
              {"source":{"node_id":"5","field":"item"},"destination":{"node_id":"6","field":"prompt"}},
              {"source":{"node_id":"6","field":"prompt"},"destination":{"node_id":"7","field":"item"}},
              {"source":{"node_id":"8","field":"collection"},"destination":{"node_id":"9","field":"collection"}},
              {"source":{"node_id":"9","field":"item"},"destination":{"node_id":"10","field":"prompt"}},
              {"source":{"node_id":"10","field":"prompt"},"destination":{"node_id":"11","field":"item"}},
              {"source":{"node_id":"11","field":"collection"},"destination":{"node_id":"12","field":"collection"}},
              {"source":{"node_id":"12","field":"item"},"destination":{"node_id":"13","field":"prompt"}},
              {"source":{"node_id":"13","field":"prompt"},"destination":{"node_id":"14","field":"item"}}]}
            """, Valid),

        new("test_iterator_collector_iterator_chain_with_cross_dependency (test_node_graph.py:1143)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"test_prompt_collection","collection":["hello","world"]},
              "2":{"id":"2","type":"iterate"},
              "3":{"id":"3","type":"test_prompt"},
              "4":{"id":"4","type":"collect"},
              "5":{"id":"5","type":"iterate"},
              "6":{"id":"6","type":"test_prompt"},
              "7":{"id":"7","type":"test_prompt","prompt":"extra"},
              "8":{"id":"8","type":"collect"}},
             "edges":[
              {"source":{"node_id":"1","field":"collection"},"destination":{"node_id":"2","field":"collection"}},
              {"source":{"node_id":"2","field":"item"},"destination":{"node_id":"3","field":"prompt"}},
              {"source":{"node_id":"3","field":"prompt"},"destination":{"node_id":"4","field":"item"}},
              {"source":{"node_id":"4","field":"collection"},"destination":{"node_id":"5","field":"collection"}},
              {"source":{"node_id":"5","field":"item"},"destination":{"node_id":"6","field":"prompt"}},
              {"source":{"node_id":"6","field":"prompt"},"destination":{"node_id":"8","field":"item"}},
              {"source":{"node_id":"7","field":"prompt"},"destination":{"node_id":"8","field":"item"}}]}
            """, Valid),

        new("test_iterator_collector_iterator_chain_with_empty_collection (test_node_graph.py:1190)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"test_prompt_collection","collection":[]},
              "2":{"id":"2","type":"iterate"},
              "3":{"id":"3","type":"test_prompt"},
              "4":{"id":"4","type":"collect"},
              "5":{"id":"5","type":"iterate"},
              "6":{"id":"6","type":"test_prompt"},
              "7":{"id":"7","type":"collect"}},
             "edges":[
              {"source":{"node_id":"1","field":"collection"},"destination":{"node_id":"2","field":"collection"}},
              {"source":{"node_id":"2","field":"item"},"destination":{"node_id":"3","field":"prompt"}},
              {"source":{"node_id":"3","field":"prompt"},"destination":{"node_id":"4","field":"item"}},
              {"source":{"node_id":"4","field":"collection"},"destination":{"node_id":"5","field":"collection"}},
              {"source":{"node_id":"5","field":"item"},"destination":{"node_id":"6","field":"prompt"}},
              {"source":{"node_id":"6","field":"prompt"},"destination":{"node_id":"7","field":"item"}}]}
            """, Valid),

        // ---- tests/test_graph_execution_state.py ----

        new("simple_graph fixture (test_graph_execution_state.py:102)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"test_prompt","prompt":"Banana sushi"},
              "2":{"id":"2","type":"test_text_to_image"}},
             "edges":[
              {"source":{"node_id":"1","field":"prompt"},"destination":{"node_id":"2","field":"prompt"}}]}
            """, Valid),

        new("test_graph_validate_self_iterator_without_collection_input_raises_invalid_edge_error (test_graph_execution_state.py:1584)", """
            {"id":"g","nodes":{"iterate":{"id":"iterate","type":"iterate"}},"edges":[]}
            """, "InvalidEdgeError",
            new ExpectedProblem("iterate", "collection", "Invalid iterator node (iterate): Iterator must have a collection input edge")),

        new("test_graph_validate_self_collector_without_item_inputs_raises_invalid_edge_error (test_graph_execution_state.py:1598)", """
            {"id":"g","nodes":{"collect":{"id":"collect","type":"collect"}},"edges":[]}
            """, "InvalidEdgeError",
            new ExpectedProblem("collect", "item", "Invalid collector node (collect): Collector must have at least one item or collection input edge")),

        // ---- beyond the python tests: what the server finds only at run time, or lets through although it cannot run ----

        new("run time: a required input with neither a value nor an edge (baseinvocation.py:214-236)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"test_prompt_collection"},
              "2":{"id":"2","type":"esrgan"}},
             "edges":[]}
            """, Valid,
            new ExpectedProblem("1", "collection", "Node test_prompt_collection missing value or connection for field collection"),
            new ExpectedProblem("2", "image", "Node esrgan missing value or connection for field image")),

        new("run time: two edges into one input, the last wins (graph.py:1184-1194)", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"test_prompt","prompt":"a"},
              "2":{"id":"2","type":"test_prompt","prompt":"b"},
              "3":{"id":"3","type":"test_text_to_image"}},
             "edges":[
              {"source":{"node_id":"1","field":"prompt"},"destination":{"node_id":"3","field":"prompt"}},
              {"source":{"node_id":"2","field":"prompt"},"destination":{"node_id":"3","field":"prompt"}}]}
            """, Valid,
            new ExpectedProblem("3", "prompt", "Edge already exists (2.prompt -> 3.prompt)")),

        new("run time: a collector takes many item and collection edges", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"test_prompt_collection","collection":["a"]},
              "2":{"id":"2","type":"test_prompt_collection","collection":["b"]},
              "3":{"id":"3","type":"test_prompt","prompt":"c"},
              "4":{"id":"4","type":"test_prompt","prompt":"d"},
              "5":{"id":"5","type":"collect"}},
             "edges":[
              {"source":{"node_id":"1","field":"collection"},"destination":{"node_id":"5","field":"collection"}},
              {"source":{"node_id":"2","field":"collection"},"destination":{"node_id":"5","field":"collection"}},
              {"source":{"node_id":"3","field":"prompt"},"destination":{"node_id":"5","field":"item"}},
              {"source":{"node_id":"4","field":"prompt"},"destination":{"node_id":"5","field":"item"}}]}
            """, Valid),

        // are_connection_types_compatible rule 7: list[ImageField] -> ImageField|None passes, then fails in NodeInputError.
        new("stricter: list[T] -> T|None, accepted by the server", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"test_list"},
              "2":{"id":"2","type":"test_image_to_image"}},
             "edges":[
              {"source":{"node_id":"1","field":"collection"},"destination":{"node_id":"2","field":"image"}}]}
            """, Valid,
            new ExpectedProblem("2", "image", "Edge source and target types do not match at run time (1.collection -> 2.image): the server accepts list[ImageField] -> ImageField|None")),

        // Rule 4: ImageField is among the arguments of list[ImageField].
        new("stricter: list[T] -> T, accepted by the server", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"test_list"},
              "2":{"id":"2","type":"test_strict_image"}},
             "edges":[
              {"source":{"node_id":"1","field":"collection"},"destination":{"node_id":"2","field":"image"}}]}
            """, Valid,
            new ExpectedProblem("2", "image", "the server accepts list[ImageField] -> ImageField, but a list going into an input that takes no list fails")),

        // Rule 3: ImageField is among the arguments of list[ImageField].
        new("stricter: T -> list[T], accepted by the server", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"test_text_to_image"},
              "2":{"id":"2","type":"test_list"}},
             "edges":[
              {"source":{"node_id":"1","field":"image"},"destination":{"node_id":"2","field":"collection"}}]}
            """, Valid,
            new ExpectedProblem("2", "collection", "the server accepts ImageField -> list[ImageField], but a single value going into an input that takes only a list fails")),

        new("stricter: T -> list[T]|None, rejected by the server too", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"test_prompt","prompt":"a"},
              "2":{"id":"2","type":"test_prompt_collection"}},
             "edges":[
              {"source":{"node_id":"1","field":"prompt"},"destination":{"node_id":"2","field":"collection"}}]}
            """, "InvalidEdgeError",
            new ExpectedProblem("2", "collection", "Edge source and target types do not match (1.prompt -> 2.collection): str cannot go into list[str]|None")),

        // The iterator's item type (ImageField) into a list-only input: the server's iterator rule accepts it.
        new("stricter: an iterator's items into a list-only input", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"test_list"},
              "2":{"id":"2","type":"iterate"},
              "3":{"id":"3","type":"test_list"}},
             "edges":[
              {"source":{"node_id":"1","field":"collection"},"destination":{"node_id":"2","field":"collection"}},
              {"source":{"node_id":"2","field":"item"},"destination":{"node_id":"3","field":"collection"}}]}
            """, Valid,
            new ExpectedProblem("2", "item", "Invalid iterator node (2): Iterator outputs must connect to an input with a matching type at run time (2.item -> 3.collection): the server accepts ImageField -> list[ImageField]")),

        // ---- graphs on which the server's validate_self crashes (TypeError) instead of answering ----

        // The item type resolution takes a literal's values for types, then issubclass() fails on them (graph.py:2141-2171).
        new("server crash: a collector of Literal items", """
            {"id":"g","nodes":{
              "s":{"id":"s","type":"scheduler"},
              "c":{"id":"c","type":"collect"}},
             "edges":[
              {"source":{"node_id":"s","field":"scheduler"},"destination":{"node_id":"c","field":"item"}}]}
            """, "TypeError",
            new ExpectedProblem("c", "item", "Invalid collector node (c): Collector items of type Literal[Scheduler] cannot be checked by the server")),

        // str|list[str]|None into `item` resolves to {str, list[str]}; issubclass(list[str], str) fails (graph.py:2166-2171).
        new("server crash: a collector item that may be a list", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"test_union_collection"},
              "2":{"id":"2","type":"collect"}},
             "edges":[
              {"source":{"node_id":"1","field":"value"},"destination":{"node_id":"2","field":"item"}}]}
            """, "TypeError",
            new ExpectedProblem("2", "item", "Invalid collector node (2): Collector input collection items must be of a single type (they are str, list[str])")),

        // ColorField into list[str]|None: is_union_subtype fails, then issubclass(ColorField, list[str]) raises (graph.py:2258-2275).
        new("server crash: a collector's output into an optional list of another type", """
            {"id":"g","nodes":{
              "1":{"id":"1","type":"color"},
              "2":{"id":"2","type":"collect"},
              "3":{"id":"3","type":"test_prompt_collection"}},
             "edges":[
              {"source":{"node_id":"1","field":"color"},"destination":{"node_id":"2","field":"item"}},
              {"source":{"node_id":"2","field":"collection"},"destination":{"node_id":"3","field":"collection"}}]}
            """, "TypeError",
            new ExpectedProblem("2", "collection", "Invalid collector node (2): Collector outputs must connect to a collection input with a matching type (2.collection -> 3.collection: the collector gathers ColorField, which cannot go into list[str]|None)")),

        // ---- every problem at once, each found once ----

        new("all problems are listed, not just the first", """
            {"id":"g","nodes":{
              "a":{"id":"a","type":"float","value":1.5},
              "b":{"id":"b","type":"integer"},
              "c":{"id":"c","type":"esrgan"},
              "d":{"id":"x","type":"collect"},
              "e":{"id":"e","type":"nonexistent_node"}},
             "edges":[
              {"source":{"node_id":"a","field":"value"},"destination":{"node_id":"b","field":"value"}},
              {"source":{"node_id":"c","field":"image"},"destination":{"node_id":"c","field":"image"}},
              {"source":{"node_id":"a","field":"nope"},"destination":{"node_id":"b","field":"value"}}]}
            """, "NodeIdMismatchError",
            new ExpectedProblem("d", null, "Node ids must match, got d and x"),
            new ExpectedProblem("e", null, "Unknown node type nonexistent_node"),
            new ExpectedProblem("a", "nope", "Edge source field nope does not exist in node a"),
            new ExpectedProblem("c", null, "Graph contains cycles (c -> c)"),
            new ExpectedProblem("b", "value", "Edge source and target types do not match (a.value -> b.value)"),
            new ExpectedProblem("d", "item", "Collector must have at least one item or collection input edge"),
            new ExpectedProblem("b", "value", "Edge already exists (a.nope -> b.value)")),
    ];
}
