using System.Text;

namespace GraphDsl.Validation;

internal sealed partial class GraphValidator
{
    private const int MaxCycleNodesShown = 8;

    // (4) acyclic. Kahn's algorithm settles every node not on or below a cycle; Tarjan's algorithm on the rest finds each
    // strongly connected component, and one problem per component names a cycle through it.
    private void CheckAcyclic()
    {
        var inDegree = new int[_nodeCount];
        for (var e = 0; e < _edgeCount; e++)
        {
            if (_source[e] >= 0 && _destination[e] >= 0)
                inDegree[_destination[e]]++;
        }
        var queue = new int[_nodeCount];
        int head = 0, tail = 0;
        for (var i = 0; i < _nodeCount; i++)
        {
            if (inDegree[i] == 0)
                queue[tail++] = i;
        }
        while (head < tail)
        {
            var node = queue[head++];
            foreach (var e in OutEdges(node))
            {
                var d = _destination[e];
                if (d >= 0 && --inDegree[d] == 0)
                    queue[tail++] = d;
            }
        }
        if (tail == _nodeCount)
            return;

        // What remains has in-degree > 0 within itself: the cycles and what lies downstream of them.
        foreach (var component in StronglyConnectedComponents(inDegree))
        {
            var cycle = FindCycle(component.Root, component.Id, component.Members);
            if (cycle is null)
                continue;
            var text = new StringBuilder();
            var shown = Math.Min(cycle.Count, MaxCycleNodesShown);
            for (var i = 0; i < shown; i++)
                text.Append(Key(cycle[i])).Append(" -> ");
            if (shown < cycle.Count)
                text.Append("… (").Append(cycle.Count - shown).Append(" more) -> ");
            text.Append(Key(cycle[0]));
            Report(Key(cycle[0]), null, $"Graph contains cycles ({text})");
        }
    }

    private readonly record struct Component(int Id, int Root, int[] Members);

    private int[] _componentOf = [];

    /// <summary>Tarjan's algorithm, iterative, over the nodes Kahn's algorithm left (in-degree still above zero).</summary>
    private List<Component> StronglyConnectedComponents(int[] remaining)
    {
        var index = new int[_nodeCount];
        var low = new int[_nodeCount];
        var onStack = new bool[_nodeCount];
        _componentOf = new int[_nodeCount];
        Array.Fill(index, -1);
        Array.Fill(_componentOf, -1);
        var stack = new Stack<int>();
        var calls = new Stack<(int Node, int NextEdge)>();
        var components = new List<Component>();
        var counter = 0;

        for (var start = 0; start < _nodeCount; start++)
        {
            if (remaining[start] == 0 || index[start] >= 0)
                continue;
            index[start] = low[start] = counter++;
            stack.Push(start);
            onStack[start] = true;
            calls.Push((start, _outStart[start]));
            while (calls.Count > 0)
            {
                var (v, next) = calls.Pop();
                var descended = false;
                while (next < _outStart[v + 1])
                {
                    var w = _destination[_outEdges[next++]];
                    if (w < 0 || remaining[w] == 0)
                        continue;
                    if (index[w] < 0)
                    {
                        calls.Push((v, next));
                        index[w] = low[w] = counter++;
                        stack.Push(w);
                        onStack[w] = true;
                        calls.Push((w, _outStart[w]));
                        descended = true;
                        break;
                    }
                    if (onStack[w])
                        low[v] = Math.Min(low[v], index[w]);
                }
                if (descended)
                    continue;
                if (low[v] == index[v])
                {
                    var members = new List<int>();
                    int w;
                    do
                    {
                        w = stack.Pop();
                        onStack[w] = false;
                        _componentOf[w] = components.Count;
                        members.Add(w);
                    }
                    while (w != v);
                    members.Sort();
                    components.Add(new Component(components.Count, members[0], members.ToArray()));
                }
                if (calls.Count > 0)
                {
                    var parent = calls.Peek().Node;
                    low[parent] = Math.Min(low[parent], low[v]);
                }
            }
        }
        components.Sort((a, b) => a.Root.CompareTo(b.Root));
        return components;
    }

    /// <summary>A cycle through <paramref name="root"/> within its component (shortest, by breadth-first search), or <see langword="null"/> when the component is a single node without a self-edge.</summary>
    private List<int>? FindCycle(int root, int component, int[] members)
    {
        if (members.Length == 1)
        {
            foreach (var e in OutEdges(root))
            {
                if (_destination[e] == root)
                    return [root];
            }
            return null;
        }
        var parent = new Dictionary<int, int>(members.Length);
        var queue = new Queue<int>();
        queue.Enqueue(root);
        while (queue.Count > 0)
        {
            var v = queue.Dequeue();
            foreach (var e in OutEdges(v))
            {
                var w = _destination[e];
                if (w < 0 || _componentOf[w] != component)
                    continue;
                if (w == root)
                {
                    var path = new List<int>();
                    for (var x = v; x != root; x = parent[x])
                        path.Add(x);
                    path.Add(root);
                    path.Reverse();
                    return path;
                }
                if (parent.TryAdd(w, v))
                    queue.Enqueue(w);
            }
        }
        return null;
    }
}
