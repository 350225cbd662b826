namespace GraphDsl.Runtime.Tests.Validation;

/// <summary>
/// What the server's <c>are_connection_types_compatible</c> answers for every pair of <see cref="Types"/>: computed by running
/// that function, and the helpers it calls, from InvokeAI's <c>invokeai/app/services/shared/graph.py</c> at commit 8e71a8a5
/// (6.14.0-alpha) under Python 3.11.7, on the python annotations the wire types stand for (each object name a distinct class,
/// each literal name a <c>Literal</c> of two values of its own). <c>Rows[i][j]</c> is <c>1</c> when an output of
/// <c>Types[i]</c> may be connected to an input of <c>Types[j]</c>.
/// </summary>
internal static class ServerCompatibilityMatrix
{
    public static readonly string[] Types =
    [
        "int", "int|None", "list[int]", "list[int]|None", "int|list[int]", "int|list[int]|None",
        "float", "float|None", "list[float]", "list[float]|None", "float|list[float]", "float|list[float]|None",
        "str", "str|None", "list[str]", "list[str]|None", "str|list[str]", "str|list[str]|None",
        "bool", "bool|None", "list[bool]", "list[bool]|None", "bool|list[bool]", "bool|list[bool]|None",
        "ImageField", "ImageField|None", "list[ImageField]", "list[ImageField]|None", "ImageField|list[ImageField]", "ImageField|list[ImageField]|None",
        "LatentsField", "LatentsField|None", "list[LatentsField]", "list[LatentsField]|None", "LatentsField|list[LatentsField]", "LatentsField|list[LatentsField]|None",
        "Literal[Scheduler]", "Literal[Scheduler]|None", "list[Literal[Scheduler]]", "list[Literal[Scheduler]]|None", "Literal[Scheduler]|list[Literal[Scheduler]]", "Literal[Scheduler]|list[Literal[Scheduler]]|None",
        "Literal[Mode]", "Literal[Mode]|None", "list[Literal[Mode]]", "list[Literal[Mode]]|None", "Literal[Mode]|list[Literal[Mode]]", "Literal[Mode]|list[Literal[Mode]]|None",
        "Any", "Any|None", "list[Any]", "dict[str, Any]",
    ];

    public static readonly string[] Rows =
    [
        "1110111000001000000000000000000000000000000000001111", // int
        "1100010000000000000000000000000000000000000000001111", // int|None
        "1111110000000000000000000000000000000000000000001111", // list[int]
        "0011010000000000000000000000000000000000000000001111", // list[int]|None
        "1010110000000000000000000000000000000000000000001111", // int|list[int]
        "1010010000000000000000000000000000000000000000001111", // int|list[int]|None
        "0000001110111000000000000000000000000000000000001111", // float
        "0000001100010000000000000000000000000000000000001111", // float|None
        "0000001111110000000000000000000000000000000000001111", // list[float]
        "0000000011010000000000000000000000000000000000001111", // list[float]|None
        "0000001010110000000000000000000000000000000000001111", // float|list[float]
        "0000001010010000000000000000000000000000000000001111", // float|list[float]|None
        "0000000000001110110000000000000000000000000000001111", // str
        "0000000000001100010000000000000000000000000000001111", // str|None
        "0000000000001111110000000000000000000000000000001111", // list[str]
        "0000000000000011010000000000000000000000000000001111", // list[str]|None
        "0000000000001010110000000000000000000000000000001111", // str|list[str]
        "0000000000001010010000000000000000000000000000001111", // str|list[str]|None
        "1000000000000000001110110000000000000000000000001111", // bool
        "0000000000000000001100010000000000000000000000001111", // bool|None
        "0000000000000000001111110000000000000000000000001111", // list[bool]
        "0000000000000000000011010000000000000000000000001111", // list[bool]|None
        "0000000000000000001010110000000000000000000000001111", // bool|list[bool]
        "0000000000000000001010010000000000000000000000001111", // bool|list[bool]|None
        "0000000000000000000000001110110000000000000000001111", // ImageField
        "0000000000000000000000001100010000000000000000001111", // ImageField|None
        "0000000000000000000000001111110000000000000000001111", // list[ImageField]
        "0000000000000000000000000011010000000000000000001111", // list[ImageField]|None
        "0000000000000000000000001010110000000000000000001111", // ImageField|list[ImageField]
        "0000000000000000000000001010010000000000000000001111", // ImageField|list[ImageField]|None
        "0000000000000000000000000000001110110000000000001111", // LatentsField
        "0000000000000000000000000000001100010000000000001111", // LatentsField|None
        "0000000000000000000000000000001111110000000000001111", // list[LatentsField]
        "0000000000000000000000000000000011010000000000001111", // list[LatentsField]|None
        "0000000000000000000000000000001010110000000000001111", // LatentsField|list[LatentsField]
        "0000000000000000000000000000001010010000000000001111", // LatentsField|list[LatentsField]|None
        "0000000000000000000000000000000000001110110000001111", // Literal[Scheduler]
        "0000000000000000000000000000000000001100010000001111", // Literal[Scheduler]|None
        "0000000000000000000000000000000000001111110000001111", // list[Literal[Scheduler]]
        "0000000000000000000000000000000000000011010000001111", // list[Literal[Scheduler]]|None
        "0000000000000000000000000000000000001010110000001111", // Literal[Scheduler]|list[Literal[Scheduler]]
        "0000000000000000000000000000000000001010010000001111", // Literal[Scheduler]|list[Literal[Scheduler]]|None
        "0000000000000000000000000000000000000000001110111111", // Literal[Mode]
        "0000000000000000000000000000000000000000001100011111", // Literal[Mode]|None
        "0000000000000000000000000000000000000000001111111111", // list[Literal[Mode]]
        "0000000000000000000000000000000000000000000011011111", // list[Literal[Mode]]|None
        "0000000000000000000000000000000000000000001010111111", // Literal[Mode]|list[Literal[Mode]]
        "0000000000000000000000000000000000000000001010011111", // Literal[Mode]|list[Literal[Mode]]|None
        "1111111111111111111111111111111111111111111111111111", // Any
        "1111111111111111111111111111111111111111111111111111", // Any|None
        "1111111111111111111111111111111111111111111111111111", // list[Any]
        "1111111111111111111111111111111111111111111111111111", // dict[str, Any]
    ];
}
