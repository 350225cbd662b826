using Microsoft.CodeAnalysis;

namespace GraphDsl.Generator.Diagnostics;

/// <summary>Every diagnostic the generator reports. Ids are stable; each is documented in the README.</summary>
public static class DiagnosticDescriptors
{
    private const string Category = "GraphDsl";
    private const string HelpLink = "https://github.com/graphdsl/graphdsl#diagnostics";

    public static readonly DiagnosticDescriptor InvalidJson = new(
        "GDSL001", "Schema file is not valid JSON",
        "The InvokeAI schema '{0}' is not valid JSON: {1}",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink);

    public static readonly DiagnosticDescriptor NoSchemas = new(
        "GDSL002", "Schema file has no components/schemas",
        "The InvokeAI schema '{0}' has no 'components/schemas' object; nothing is generated from it",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink);

    public static readonly DiagnosticDescriptor UnresolvedReference = new(
        "GDSL003", "Reference to a missing schema",
        "'{0}' refers to '{1}', which is not in components/schemas; {2}",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLink);

    public static readonly DiagnosticDescriptor UntypedField = new(
        "GDSL004", "Field cannot be typed",
        "Field '{1}' of '{0}' has a type GraphDsl cannot express ({2}); it is generated as an untyped (Any) input",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLink);

    public static readonly DiagnosticDescriptor InvalidNode = new(
        "GDSL005", "Node schema cannot be generated",
        "The invocation schema '{0}' cannot be generated: {1}",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLink);

    public static readonly DiagnosticDescriptor MalformedValue = new(
        "GDSL006", "Schema value has an unexpected shape",
        "'{0}' has an unexpected value: {1}; it is ignored",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLink);

    public static readonly DiagnosticDescriptor DuplicateNamespace = new(
        "GDSL007", "Two schema files generate into one namespace",
        "The schema '{0}' generates into namespace '{1}', as '{2}' does; set GraphDslNamespace on one of them. Nothing is generated from '{0}'.",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink);

    public static readonly DiagnosticDescriptor NoInvocations = new(
        "GDSL008", "Schema file has no invocations",
        "The schema '{0}' has no schema with \"class\": \"invocation\"; is it an InvokeAI openapi.json?",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLink);

    public static readonly DiagnosticDescriptor InvalidNamespace = new(
        "GDSL009", "GraphDslNamespace is not a valid namespace",
        "GraphDslNamespace '{0}' of '{1}' is not a valid C# namespace; 'InvokeAI.Nodes' is used instead",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLink);

    public static readonly DiagnosticDescriptor InternalError = new(
        "GDSL010", "The generator failed on the schema",
        "GraphDsl could not generate from '{0}' ({1}); please report this with the schema file",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink);

    public static readonly DiagnosticDescriptor DuplicateWireType = new(
        "GDSL011", "Two invocations share a wire type",
        "The invocation schema '{0}' has the wire type '{1}' of '{2}'; both classes are generated, and graphs read from JSON use '{2}'",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLink);

    public static readonly DiagnosticDescriptor[] All =
    [
        InvalidJson, NoSchemas, UnresolvedReference, UntypedField, InvalidNode, MalformedValue, DuplicateNamespace, NoInvocations, InvalidNamespace,
        InternalError, DuplicateWireType,
    ];
}
