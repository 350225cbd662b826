using System.Buffers;
using System.Text.Json;
using GraphDsl.Serialization;

namespace GraphDsl;

/// <summary>
/// The values one node input takes across a <see cref="Batch"/>: the server's <c>BatchDatum</c>
/// (<c>{"node_path", "field_name", "items"}</c>). The server substitutes item <c>i</c> into the field in the
/// <c>i</c>-th session of the datum's <see cref="BatchGroup"/>.
/// </summary>
/// <remarks>
/// <para>
/// An item is what the server's <c>BatchDataType</c> allows: a string, an integer, a float, an <c>ImageField</c>
/// (<c>{"image_name"}</c>), a <c>VideoField</c> (<c>{"video_name"}</c>), or a list of those. The items are kept as
/// the JSON the server receives, so every check <see cref="Batch"/> makes is on exactly what is sent.
/// </para>
/// <para>
/// The field may be named by its wire name (<c>seed</c>) or by its generated property (<c>nameof(NoiseInvocation.Seed)</c>);
/// the <see cref="Batch"/> resolves it against the node's <see cref="NodeDescriptor.Inputs"/> and sends the wire name.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var noise = g.Add(new NoiseInvocation { Width = 1024, Height = 1024 });
/// var prompt = g.Add(new StringInvocation { Value = "" });
/// var batch = new Batch(g.Build());
/// batch.Data.Add([
///     BatchDatum.Of(noise, nameof(NoiseInvocation.Seed), 1, 2, 3),
///     BatchDatum.Of(prompt, nameof(StringInvocation.Value), "a cat", "a dog", "a fox"),
/// ]);
/// </code>
/// </example>
public sealed class BatchDatum
{
    private static readonly JsonWriterOptions WriterOptions = new();

    /// <summary>Creates a datum from a node path, a field name and the items as JSON.</summary>
    /// <param name="nodePath">The id (key in the graph's <c>nodes</c>) of the node to substitute into.</param>
    /// <param name="field">The input's wire name or generated property name.</param>
    /// <param name="items">The items, as the JSON the server receives; they are copied.</param>
    /// <exception cref="ArgumentException"><paramref name="nodePath"/> or <paramref name="field"/> is empty.</exception>
    public BatchDatum(string nodePath, string field, IEnumerable<JsonElement> items)
        : this(null, nodePath, field, CloneAll(items))
    {
    }

    private BatchDatum(Invocation? node, string nodePath, string field, JsonElement[] items)
    {
        ArgumentException.ThrowIfNullOrEmpty(nodePath);
        ArgumentException.ThrowIfNullOrEmpty(field);
        Node = node;
        NodePath = nodePath;
        Field = field;
        Items = items;
    }

    /// <summary>The id of the node the values go into (the server's <c>node_path</c>).</summary>
    public string NodePath { get; }

    /// <summary>The field as it was given: a wire name or a generated property name.</summary>
    public string Field { get; }

    /// <summary>The node the datum was created for, when it was created from one; the batch checks it is the graph's node.</summary>
    public Invocation? Node { get; }

    /// <summary>The items, as the JSON the server receives.</summary>
    public IReadOnlyList<JsonElement> Items { get; }

    /// <summary>Integer items (<c>int</c> fields, or <c>float</c> fields, which take integers too).</summary>
    /// <param name="node">A node already added to the graph (it must have an id).</param>
    /// <param name="field">The input's generated property name (<c>nameof(NoiseInvocation.Seed)</c>) or wire name (<c>seed</c>).</param>
    /// <param name="items">The values.</param>
    /// <exception cref="ArgumentException">The node has no id yet: add it to a <see cref="GraphBuilder"/> first.</exception>
    public static BatchDatum Of(Invocation node, string field, params IEnumerable<long> items) =>
        Create(node, field, items, static (w, v) => w.WriteNumberValue(v));

    /// <summary>Float items (<c>float</c> fields). NaN and infinities have no JSON form and are refused.</summary>
    /// <param name="node">A node already added to the graph (it must have an id).</param>
    /// <param name="field">The input's generated property name or wire name.</param>
    /// <param name="items">The values.</param>
    /// <exception cref="ArgumentException">The node has no id yet.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An item is NaN or infinite.</exception>
    public static BatchDatum Of(Invocation node, string field, params IEnumerable<double> items) =>
        Create(node, field, items, WriteDouble);

    /// <summary>String items (<c>str</c> fields, or the wire strings of a literal/enum field).</summary>
    /// <param name="node">A node already added to the graph (it must have an id).</param>
    /// <param name="field">The input's generated property name or wire name.</param>
    /// <param name="items">The values; none may be null.</param>
    /// <exception cref="ArgumentException">The node has no id yet.</exception>
    /// <exception cref="ArgumentNullException">An item is null.</exception>
    public static BatchDatum Of(Invocation node, string field, params IEnumerable<string> items) =>
        Create(node, field, items, static (w, v) => w.WriteStringValue(v ?? throw new ArgumentNullException(nameof(items), "A batch item cannot be null.")));

    /// <summary>
    /// Object items: a generated <c>ImageField</c> or <c>VideoField</c>. Other objects compile but are refused by
    /// <see cref="Batch.Validate"/>, as the server refuses them.
    /// </summary>
    /// <typeparam name="T">The generated type.</typeparam>
    /// <param name="node">A node already added to the graph (it must have an id).</param>
    /// <param name="field">The input's generated property name or wire name.</param>
    /// <param name="items">The values; none may be null.</param>
    /// <exception cref="ArgumentException">The node has no id yet.</exception>
    /// <exception cref="ArgumentNullException">An item is null.</exception>
    public static BatchDatum Of<T>(Invocation node, string field, params IEnumerable<T> items)
        where T : IWireObject<T> =>
        Create(node, field, items, static (w, v) => (v ?? throw new ArgumentNullException(nameof(items), "A batch item cannot be null.")).WriteTo(w));

    /// <summary>Items given as JSON, e.g. read from a saved batch.</summary>
    /// <param name="node">A node already added to the graph (it must have an id).</param>
    /// <param name="field">The input's generated property name or wire name.</param>
    /// <param name="items">The values; they are copied.</param>
    /// <exception cref="ArgumentException">The node has no id yet.</exception>
    public static BatchDatum Of(Invocation node, string field, params IEnumerable<JsonElement> items) =>
        new(node, IdOf(node), field, CloneAll(items));

    /// <summary>List items of integers (<c>list[int]</c> fields): each item is one whole list.</summary>
    /// <param name="node">A node already added to the graph (it must have an id).</param>
    /// <param name="field">The input's generated property name or wire name.</param>
    /// <param name="items">The lists.</param>
    /// <exception cref="ArgumentException">The node has no id yet.</exception>
    public static BatchDatum Of(Invocation node, string field, params IEnumerable<IEnumerable<long>> items) =>
        Create(node, field, items, static (w, list) => WriteList(w, list, static (w, v) => w.WriteNumberValue(v)));

    /// <summary>List items of floats (<c>list[float]</c> fields): each item is one whole list.</summary>
    /// <param name="node">A node already added to the graph (it must have an id).</param>
    /// <param name="field">The input's generated property name or wire name.</param>
    /// <param name="items">The lists.</param>
    /// <exception cref="ArgumentException">The node has no id yet.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN or infinite.</exception>
    public static BatchDatum Of(Invocation node, string field, params IEnumerable<IEnumerable<double>> items) =>
        Create(node, field, items, static (w, list) => WriteList(w, list, WriteDouble));

    /// <summary>List items of strings (<c>list[str]</c> fields): each item is one whole list.</summary>
    /// <param name="node">A node already added to the graph (it must have an id).</param>
    /// <param name="field">The input's generated property name or wire name.</param>
    /// <param name="items">The lists.</param>
    /// <exception cref="ArgumentException">The node has no id yet.</exception>
    public static BatchDatum Of(Invocation node, string field, params IEnumerable<IEnumerable<string>> items) =>
        Create(node, field, items, static (w, list) => WriteList(w, list, static (w, v) => w.WriteStringValue(v ?? throw new ArgumentNullException(nameof(items), "A batch item cannot be null."))));

    /// <summary>List items of generated objects (<c>list[ImageField]</c> fields): each item is one whole list.</summary>
    /// <typeparam name="T">The generated type, <c>ImageField</c> or <c>VideoField</c>.</typeparam>
    /// <param name="node">A node already added to the graph (it must have an id).</param>
    /// <param name="field">The input's generated property name or wire name.</param>
    /// <param name="items">The lists.</param>
    /// <exception cref="ArgumentException">The node has no id yet.</exception>
    public static BatchDatum Of<T>(Invocation node, string field, params IEnumerable<IEnumerable<T>> items)
        where T : IWireObject<T> =>
        Create(node, field, items, static (w, list) => WriteList(w, list, static (w, v) => (v ?? throw new ArgumentNullException(nameof(items), "A batch item cannot be null.")).WriteTo(w)));

    /// <inheritdoc/>
    public override string ToString() => $"{NodePath}.{Field} ({Items.Count} item(s))";

    private static BatchDatum Create<T>(Invocation node, string field, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        var id = IdOf(node);
        ArgumentNullException.ThrowIfNull(items);
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartArray();
            foreach (var item in items)
                write(writer, item);
            writer.WriteEndArray();
        }
        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        var array = document.RootElement.Clone();
        var result = new JsonElement[array.GetArrayLength()];
        var i = 0;
        foreach (var element in array.EnumerateArray())
            result[i++] = element;
        return new BatchDatum(node, id, field, result);
    }

    private static string IdOf(Invocation node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.Id ?? throw new ArgumentException($"The {node.Type} node has no id: add it to a GraphBuilder before making batch data for it.", nameof(node));
    }

    private static void WriteDouble(Utf8JsonWriter writer, double value)
    {
        if (!double.IsFinite(value))
            throw new ArgumentOutOfRangeException(nameof(value), value, "A batch item must be a finite number: JSON has no NaN or infinity.");
        writer.WriteNumberValue(value);
    }

    private static void WriteList<T>(Utf8JsonWriter writer, IEnumerable<T> list, Action<Utf8JsonWriter, T> write)
    {
        ArgumentNullException.ThrowIfNull(list);
        writer.WriteStartArray();
        foreach (var item in list)
            write(writer, item);
        writer.WriteEndArray();
    }

    private static JsonElement[] CloneAll(IEnumerable<JsonElement> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Select(item => item.ValueKind == JsonValueKind.Undefined
            ? throw new ArgumentException("A batch item cannot be an undefined JsonElement.", nameof(items))
            : item.Clone()).ToArray();
    }
}
