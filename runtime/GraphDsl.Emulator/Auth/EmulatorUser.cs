namespace GraphDsl.Emulator.Auth;

/// <summary>A user of the emulator. In single-user mode every request is <see cref="System"/>.</summary>
/// <param name="UserId">The id (<c>system</c> in single-user mode).</param>
/// <param name="Email">The login e-mail.</param>
/// <param name="DisplayName">The display name, if any.</param>
/// <param name="IsAdmin">Admins see and may change every user's items.</param>
/// <param name="IsActive">An inactive user cannot log in, and their tokens are refused.</param>
public sealed record EmulatorUser(string UserId, string Email, string? DisplayName, bool IsAdmin, bool IsActive = true)
{
    /// <summary>The single-user mode's user: <c>system</c>, an admin.</summary>
    public static EmulatorUser System { get; } = new("system", "system@system.invokeai", "System", IsAdmin: true);
}
