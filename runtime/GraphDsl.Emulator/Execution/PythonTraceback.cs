using System.Text;

namespace GraphDsl.Emulator.Execution;

/// <summary>Python-style traceback text (<c>traceback.format_exc()</c>) for an emulated node failure.</summary>
internal static class PythonTraceback
{
    public static string Format(string nodeType, string errorType, string errorMessage)
    {
        var text = new StringBuilder();
        text.Append("Traceback (most recent call last):\n");
        text.Append("  File \"/opt/invokeai/invokeai/app/services/session_processor/session_processor_default.py\", line 277, in run_node\n");
        text.Append("    output = invocation.invoke_internal(context=context, services=self._services)\n");
        text.Append("             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n");
        text.Append("  File \"/opt/invokeai/invokeai/app/invocations/baseinvocation.py\", line 232, in invoke_internal\n");
        if (errorType is "MissingInputException" or "RequiredConnectionException")
        {
            text.Append("    raise ").Append(errorType).Append("(type(self).model_fields[\"type\"].default, field_name)\n");
        }
        else
        {
            text.Append("    return self.invoke(context)\n");
            text.Append("           ^^^^^^^^^^^^^^^^^^^^\n");
            text.Append("  File \"<emulator>\", line 1, in invoke  # ").Append(nodeType).Append('\n');
        }
        text.Append(errorType is "MissingInputException" or "RequiredConnectionException"
            ? "invokeai.app.invocations.baseinvocation." + errorType
            : errorType);
        text.Append(": ").Append(errorMessage).Append('\n');
        return text.ToString();
    }
}
