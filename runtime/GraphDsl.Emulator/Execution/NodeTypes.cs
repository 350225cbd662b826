namespace GraphDsl.Emulator.Execution;

/// <summary>The wire types the scheduler treats specially.</summary>
internal static class NodeTypes
{
    public const string Iterate = "iterate";
    public const string Collect = "collect";
    public const string If = "if";
}
