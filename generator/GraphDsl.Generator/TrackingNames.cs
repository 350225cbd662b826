namespace GraphDsl.Generator;

/// <summary>Names of the pipeline steps, for incrementality tests.</summary>
public static class TrackingNames
{
    public const string SchemaFiles = nameof(SchemaFiles);
    public const string Parse = nameof(Parse);
    public const string Model = nameof(Model);
    public const string Diagnostics = nameof(Diagnostics);
    public const string Namespaces = nameof(Namespaces);
    public const string Units = nameof(Units);
}
