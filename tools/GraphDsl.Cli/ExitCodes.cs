namespace GraphDsl.Cli;

/// <summary>The tool's exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>Everything went well.</summary>
    public const int Success = 0;

    /// <summary>The command ran and found something wrong: a breaking schema change, an invalid graph, a failed run.</summary>
    public const int Findings = 1;

    /// <summary>The command could not run: bad arguments, a missing or malformed file, an unreachable server.</summary>
    public const int Error = 2;
}
