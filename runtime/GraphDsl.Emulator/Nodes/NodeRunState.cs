using System.Collections.Generic;

namespace GraphDsl.Emulator.Nodes;

/// <summary>What the nodes of one session share: the pixel size of the tensors and images they made, by name.</summary>
internal sealed class NodeRunState
{
    private readonly Dictionary<string, (int Width, int Height)> _sizes = [];

    public void RecordSize(string name, int width, int height) => _sizes[name] = (width, height);

    public bool TryGetSize(string name, out (int Width, int Height) size) => _sizes.TryGetValue(name, out size);
}
