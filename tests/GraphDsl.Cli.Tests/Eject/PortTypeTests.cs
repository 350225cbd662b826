using GraphDsl.Cli.Eject;
using GraphDsl.Generator.Model;
using Xunit;

namespace GraphDsl.Cli.Tests.Eject;

/// <summary>The ejector's idea of which port assigns to which input, against the implicit conversions the runtime declares.</summary>
public sealed class PortTypeTests
{
    private static readonly (ItemType Item, Type Clr)[] Items =
    [
        (ItemType.Integer, typeof(long)),
        (ItemType.Float, typeof(double)),
        (ItemType.String, typeof(string)),
        (ItemType.Boolean, typeof(bool)),
        (new ItemType(ItemKind.Enum, "DayOfWeek"), typeof(DayOfWeek)),
        (new ItemType(ItemKind.Object, "Uri"), typeof(Uri)),
    ];

    private static readonly FieldShape[] InputShapes = Enum.GetValues<FieldShape>();

    private static readonly PortShape[] PortShapes = Enum.GetValues<PortShape>();

    [Fact]
    public void Assignability_is_exactly_the_runtimes_implicit_conversions()
    {
        var mismatches = new List<string>();
        var checkedCount = 0;
        foreach (var kind in new[] { InputKindSpec.Any, InputKindSpec.Connection })
        foreach (var inputShape in InputShapes)
        foreach (var (inputItem, inputClr) in inputShape == FieldShape.Any ? Items.Take(1) : Items)
        {
            var field = inputShape == FieldShape.Any ? FieldType.Any : new FieldType(inputShape, inputItem);
            var input = new InputSpec("f", "F", kind, field, false, null, null, null, false, null, false);
            var wrapper = Wrapper(kind, field, inputClr);
            foreach (var portShape in PortShapes)
            foreach (var (portItem, portClr) in portShape == PortShape.Any ? Items.Take(1) : Items)
            {
                var port = portShape == PortShape.Any ? PortType.Any : new PortType(portShape, portItem);
                var expected = Converts(Port(portShape, portClr), wrapper);
                checkedCount++;
                if (port.AssignsTo(input) != expected)
                    mismatches.Add($"{Port(portShape, portClr)} -> {wrapper}: runtime {expected}, ejector {!expected}");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
        Assert.True(checkedCount > 1000);
    }

    [Fact]
    public void A_literal_only_input_takes_no_port()
    {
        var input = new InputSpec("f", "F", InputKindSpec.Direct, new FieldType(FieldShape.Exact, ItemType.Integer), false, null, null, null, false, null, false);

        Assert.False(new PortType(PortShape.Exact, ItemType.Integer).AssignsTo(input));
        Assert.False(PortType.Any.AssignsTo(input));
    }

    // As the generator types an input property (TypeSyntax.Wrapper).
    private static Type Wrapper(InputKindSpec kind, FieldType type, Type item)
    {
        var suffix = kind == InputKindSpec.Connection ? "Connection" : "Input";
        Type Runtime(string name) => typeof(GraphBuilder).Assembly.GetType("GraphDsl." + name, throwOnError: true)!;
        if (type.Item is null)
            return Runtime("Any" + suffix);
        return type.Shape switch
        {
            FieldShape.Exact when item == typeof(long) => Runtime("Integer" + suffix),
            FieldShape.Exact when item == typeof(double) => Runtime("Float" + suffix),
            FieldShape.Exact when item == typeof(string) => Runtime("String" + suffix),
            FieldShape.Exact => Runtime((kind == InputKindSpec.Connection ? "Connection" : "Input") + "`1").MakeGenericType(item),
            FieldShape.Optional => Runtime($"Optional{suffix}`1").MakeGenericType(item),
            FieldShape.List => Runtime($"List{suffix}`1").MakeGenericType(item),
            FieldShape.OptionalList => Runtime($"OptionalList{suffix}`1").MakeGenericType(item),
            FieldShape.OneOrMany => Runtime($"OneOrMany{suffix}`1").MakeGenericType(item),
            _ => Runtime($"OptionalOneOrMany{suffix}`1").MakeGenericType(item),
        };
    }

    // As the generator types an output port (TypeSyntax.Port).
    private static Type Port(PortShape shape, Type item) => shape switch
    {
        PortShape.Any => typeof(AnyPort),
        PortShape.Exact => typeof(Port<>).MakeGenericType(item),
        PortShape.Nullable => typeof(NullablePort<>).MakeGenericType(item),
        PortShape.List => typeof(Port<>).MakeGenericType(typeof(IReadOnlyList<>).MakeGenericType(item)),
        PortShape.NullableList => typeof(NullablePort<>).MakeGenericType(typeof(IReadOnlyList<>).MakeGenericType(item)),
        _ => typeof(OneOrManyPort<>).MakeGenericType(item),
    };

    // An implicit operator of the wrapper whose parameter takes the port (the port class itself, or Port for Any inputs).
    private static bool Converts(Type port, Type wrapper) =>
        wrapper.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(m => m.Name == "op_Implicit" && m.ReturnType == wrapper)
            .Any(m => m.GetParameters()[0].ParameterType.IsAssignableFrom(port));
}
