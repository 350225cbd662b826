using System;
using System.Collections.Generic;
using System.Linq;
using GraphDsl.Generator.Model;

namespace GraphDsl.Generator.Parsing;

/// <summary>Naming: every class, enum, member and property gets a unique, valid C# name; nothing is dropped.</summary>
internal sealed partial class SchemaReader
{
    /// <summary>The static class that holds the enum codecs; reserved among type names.</summary>
    internal const string EnumCodecsClass = "WireEnums";

    private static readonly string[] ObjectMembers = ["Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals"];
    private static readonly string[] NodeMembers = ["Out", "Id", "Type", "Descriptor", "Definition", "IsIntermediate", "UseCache", "GetAssigned", "GetInput", "SetInput", "GetValue", "SetValue", "CreatePorts"];
    private static readonly string[] OutputMembers = ["Ports", "WriteTo", "ReadFrom", "OutputType", "Fields", "EqualityContract", "PrintMembers", "Deconstruct", "Clone"];

    private sealed class Names
    {
        /// <summary>Schema key (nodes, outputs) or item key (<c>ref:…</c>, <c>enum:…</c>) → C# type name.</summary>
        public Dictionary<string, string> Types { get; } = new(StringComparer.Ordinal);

        /// <summary>Enum key → wire value → member name.</summary>
        public Dictionary<string, Dictionary<string, string>> EnumMembers { get; } = new(StringComparer.Ordinal);

        /// <summary>Enum C# name → wire value → member name.</summary>
        public Dictionary<string, Dictionary<string, string>> EnumMembersByName { get; } = new(StringComparer.Ordinal);

        /// <summary>The C# name of the class a field belongs to (node, output or object), by its schema key.</summary>
        public string Owner(string schemaKey) =>
            Types.TryGetValue(schemaKey, out var name) || Types.TryGetValue(ObjectKeyPrefix + schemaKey, out name) ? name : schemaKey;

        public string Type(string key) => Types[key];
    }

    private Names AssignNames()
    {
        var names = new Names();
        // Case-insensitive: every type is a file, and hint names (like many file systems) ignore case.
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { EnumCodecsClass, "ToWire", "NodeCatalog" };
        foreach (var node in _nodes)
            names.Types[node.Key] = Identifiers.Unique(Identifiers.TypeName(node.Key), taken);
        foreach (var output in _outputs)
            names.Types[output.Key] = names.Types[ObjectKeyPrefix + output.Key] = Identifiers.Unique(Identifiers.TypeName(output.Key), taken);
        foreach (var obj in _objects)
            names.Types[ObjectKeyPrefix + obj.Key] = Identifiers.Unique(Identifiers.TypeName(obj.Key), taken);

        // Referenced enums keep their schema names; inline literal sets are named after the fields that use them,
        // the most used set first, so the common name goes to the common set.
        foreach (var rawEnum in _enums.Values.Where(e => e.Key.StartsWith(ObjectKeyPrefix, StringComparison.Ordinal)).OrderBy(e => e.Key, StringComparer.Ordinal))
            names.Types[rawEnum.Key] = Identifiers.Unique(Identifiers.TypeName(rawEnum.Key.Substring(ObjectKeyPrefix.Length)), taken);
        var inline = _enums.Values
            .Where(e => e.Key.StartsWith(EnumKeyPrefix, StringComparison.Ordinal))
            .OrderByDescending(e => e.Uses.Count)
            .ThenBy(e => e.Uses[0].Owner + "." + e.Uses[0].Field, StringComparer.Ordinal)
            .ThenBy(e => e.Key, StringComparer.Ordinal);
        foreach (var rawEnum in inline)
        {
            var candidate = rawEnum.Uses
                .GroupBy(u => Identifiers.PascalCase(u.Field))
                .OrderByDescending(g => g.Count())
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .First().Key;
            if (taken.Contains(candidate))
            {
                var (owner, field) = rawEnum.Uses[0];
                candidate = Identifiers.PascalCase(StripSuffix(owner)) + Identifiers.PascalCase(field);
            }
            names.Types[rawEnum.Key] = Identifiers.Unique(candidate, taken);
        }

        foreach (var rawEnum in _enums.Values)
        {
            var members = new Dictionary<string, string>(StringComparer.Ordinal);
            var memberNames = new HashSet<string>(StringComparer.Ordinal) { names.Types[rawEnum.Key] };
            foreach (var value in rawEnum.Values)
                members[value] = Identifiers.Unique(Identifiers.EnumMember(value, rawEnum.IsInteger), memberNames);
            names.EnumMembers[rawEnum.Key] = members;
            names.EnumMembersByName[names.Types[rawEnum.Key]] = members;
        }
        return names;
    }

    /// <summary>Property names for the fields of one class, avoiding the class name, the members the class inherits, and each other.</summary>
    private List<string> PropertyNames(string className, List<RawField> fields, string[] reserved)
    {
        // One set serves every class in turn (this reader names one class at a time).
        var taken = _memberNames;
        taken.Clear();
        taken.UnionWith(ObjectMembers);
        taken.UnionWith(reserved);
        taken.Add(className);
        var result = new List<string>(fields.Count);
        foreach (var field in fields)
        {
            var candidate = Identifiers.PascalCase(field.WireName, "Field");
            if (taken.Contains(candidate))
                candidate += "Value";
            result.Add(Identifiers.Unique(candidate, taken));
        }
        return result;
    }

    private static string StripSuffix(string key)
    {
        foreach (var suffix in new[] { "Invocation", "Output", "Field" })
        {
            if (key.Length > suffix.Length && key.EndsWith(suffix, StringComparison.Ordinal))
                return key.Substring(0, key.Length - suffix.Length);
        }
        return key;
    }

    /// <summary>Replaces item keys by the final C# names.</summary>
    private static FieldType Resolve(FieldType type, Names names) =>
        type.Item is { Kind: ItemKind.Object or ItemKind.Enum } item
            ? type with { Item = item with { Name = names.Type(item.Name) } }
            : type;
}
