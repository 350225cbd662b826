namespace GraphDsl.Emulator.Faults;

/// <summary>An injected node failure: the item fails with this error, as if the node had raised it.</summary>
/// <param name="ErrorType">The exception class name the item reports (<c>error_type</c>), e.g. <c>RuntimeError</c>.</param>
/// <param name="Message">The exception message (<c>error_message</c>).</param>
public sealed record EmulatedFailure(string ErrorType, string Message);
