namespace GraphDsl.Generator.Tests.Robustness;

/// <summary>
/// Small InvokeAI documents written out line by line, in the shape of the real 6.14 document (AddInvocation,
/// IntegerOutput, ImageField), so that a diagnostic's line and column can be predicted from the text.
/// </summary>
internal static class HandMadeSchema
{
    /// <summary>A whole document whose <c>components/schemas</c> holds <paramref name="schemas"/> (each a <c>"Key": {…}</c> member).</summary>
    public static string Document(params string[] schemas) =>
        """
        {
          "openapi": "3.1.0",
          "info": {
            "title": "Invoke - Community Edition (robustness tests)",
            "version": "1.0.0"
          },
          "paths": {},
          "components": {
            "schemas": {

        """
        + string.Join(",\n", schemas)
        + """

            }
          }
        }

        """;

    /// <summary>The usual small document: AddInvocation, its IntegerOutput and ImageField.</summary>
    public static string Basic() => Document(Node("AddInvocation", "add"), IntegerOutput, ImageField);

    /// <summary>
    /// An invocation shaped like 6.14's AddInvocation: attributes, an integer input <c>a</c>, then <paramref name="fields"/>
    /// (each <c>"name": {…},</c>), then the <c>type</c> const.
    /// </summary>
    public static string Node(string key, string wireType, string fields = "", string output = "IntegerOutput") =>
        $$"""
              "{{key}}": {
                "category": "math",
                "class": "invocation",
                "classification": "stable",
                "description": "Adds two numbers",
                "node_pack": "invokeai",
                "properties": {
                  "id": {
                    "description": "The id of this instance of an invocation. Must be unique among all instances of invocations.",
                    "field_kind": "node_attribute",
                    "title": "Id",
                    "type": "string"
                  },
                  "is_intermediate": {
                    "default": false,
                    "description": "Whether or not this is an intermediate invocation.",
                    "field_kind": "node_attribute",
                    "input": "direct",
                    "orig_required": true,
                    "title": "Is Intermediate",
                    "type": "boolean",
                    "ui_hidden": false,
                    "ui_type": "IsIntermediate"
                  },
                  "use_cache": {
                    "default": true,
                    "description": "Whether or not to use the cache",
                    "field_kind": "node_attribute",
                    "title": "Use Cache",
                    "type": "boolean"
                  },
                  "a": {
                    "default": 0,
                    "description": "The first number",
                    "field_kind": "input",
                    "input": "any",
                    "orig_default": 0,
                    "orig_required": false,
                    "title": "A",
                    "type": "integer"
                  },
        {{fields}}
                  "type": {
                    "const": "{{wireType}}",
                    "default": "{{wireType}}",
                    "field_kind": "node_attribute",
                    "title": "type",
                    "type": "string"
                  }
                },
                "required": [
                  "type",
                  "id"
                ],
                "tags": ["math", "add"],
                "title": "Add Integers",
                "type": "object",
                "version": "1.0.1",
                "output": {
                  "$ref": "#/components/schemas/{{output}}"
                }
              }
        """;

    public const string IntegerOutput =
        """
              "IntegerOutput": {
                "class": "output",
                "description": "Base class for nodes that output a single integer",
                "properties": {
                  "value": {
                    "description": "The output integer",
                    "field_kind": "output",
                    "title": "Value",
                    "type": "integer",
                    "ui_hidden": false
                  },
                  "type": {
                    "const": "integer_output",
                    "default": "integer_output",
                    "field_kind": "node_attribute",
                    "title": "type",
                    "type": "string"
                  }
                },
                "required": [
                  "output_meta",
                  "value",
                  "type",
                  "type"
                ],
                "title": "IntegerOutput",
                "type": "object"
              }
        """;

    public const string ImageField =
        """
              "ImageField": {
                "properties": {
                  "image_name": {
                    "type": "string",
                    "title": "Image Name",
                    "description": "The name of the image"
                  }
                },
                "type": "object",
                "required": ["image_name"],
                "title": "ImageField",
                "description": "An image primitive field"
              }
        """;

    /// <summary>An input field in the real shape: <c>"name": { &lt;typing&gt;, "description": …, "input": … },</c>.</summary>
    public static string Field(string name, string typing, string input = "any") =>
        $$"""
                  "{{name}}": {
                    {{typing}},
                    "default": null,
                    "description": "The {{name}} input",
                    "field_kind": "input",
                    "input": "{{input}}",
                    "orig_required": true,
                    "title": "{{name}}"
                  },
        """;
}
