using GraphDsl.Cli.Eject;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace GraphDsl.Cli.Tests.Eject;

/// <summary>Literals read back by the C# parser as exactly the values they were written from.</summary>
public sealed class CSharpLiteralsTests
{
    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [InlineData("C:\\temp\\a.png", "@\"C:\\temp\\a.png\"")]
    [InlineData("two\nlines", "\"\"\"\n        two\n        lines\n        \"\"\"")]
    [InlineData("tab\there", "\"tab\\there\"")]
    public void Strings_take_the_clearest_form(string value, string expected) =>
        Assert.Equal(expected, CSharpLiterals.String(value, "    "));

    [Theory]
    [InlineData("")]
    [InlineData("plain")]
    [InlineData("say \"hi\"")]
    [InlineData("C:\\temp\\\"a\".png")]
    [InlineData("line 1\nline \"2\"\n\nlast \"\"\"quoted\"\"\"")]
    [InlineData("\nstarts and ends with a line break\n")]
    [InlineData("indented\n    lines\n\ttab")]
    [InlineData("crlf\r\nand \u0001 control \u2028 separator")]
    [InlineData("  \n  whitespace-only line")]
    [InlineData("emoji ✨ and naïve")]
    [InlineData("\"quoted\"")]
    public void Every_string_reads_back_exactly(string value)
    {
        var literal = CSharpLiterals.String(value, "        ");

        var parsed = Assert.IsType<LiteralExpressionSyntax>(SyntaxFactory.ParseExpression(literal), exactMatch: false);
        Assert.Empty(parsed.GetDiagnostics());
        Assert.Equal(value, parsed.Token.ValueText);
    }

    [Theory]
    [InlineData("{\"a\":1}")]
    [InlineData("\"text\"")]
    [InlineData("[\"x\",\"\\\"\"]")]
    [InlineData("{\"q\":\"\\\"\\\"\\\"\"}")]
    public void Json_text_reads_back_exactly(string json)
    {
        var parsed = Assert.IsType<LiteralExpressionSyntax>(SyntaxFactory.ParseExpression(CSharpLiterals.Json(json)), exactMatch: false);

        Assert.Empty(parsed.GetDiagnostics());
        Assert.Equal(json, parsed.Token.ValueText);
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(1e-7)]
    [InlineData(123456789.123)]
    [InlineData(30.0)]
    [InlineData(-2.5e300)]
    [InlineData(5e-324)]
    public void Doubles_read_back_exactly(double value)
    {
        foreach (var literal in new[] { CSharpLiterals.Double(value), CSharpLiterals.DoubleTyped(value) })
        {
            var expression = SyntaxFactory.ParseExpression(literal);
            var token = expression is PrefixUnaryExpressionSyntax negative ? ((LiteralExpressionSyntax)negative.Operand).Token : ((LiteralExpressionSyntax)expression).Token;
            var read = Convert.ToDouble(token.Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(value, expression is PrefixUnaryExpressionSyntax ? -read : read);
        }
        Assert.IsType<double>(((LiteralExpressionSyntax)SyntaxFactory.ParseExpression(CSharpLiterals.DoubleTyped(Math.Abs(value)))).Token.Value);
    }
}
