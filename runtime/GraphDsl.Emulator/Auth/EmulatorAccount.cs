namespace GraphDsl.Emulator.Auth;

/// <summary>A user account of multi-user mode, as configured in <see cref="EmulatorOptions.Users"/>.</summary>
/// <param name="Email">The login e-mail.</param>
/// <param name="Password">The password (kept in memory as given: this is a test server).</param>
/// <param name="IsAdmin">Whether the user is an admin.</param>
/// <param name="DisplayName">The display name, if any.</param>
/// <param name="IsActive">An inactive account cannot log in (403 "User account is disabled").</param>
public sealed record EmulatorAccount(string Email, string Password, bool IsAdmin = false, string? DisplayName = null, bool IsActive = true);
