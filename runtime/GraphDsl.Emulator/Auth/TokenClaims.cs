namespace GraphDsl.Emulator.Auth;

/// <summary>The claims of an InvokeAI access token (<c>TokenData</c> plus <c>exp</c>).</summary>
/// <param name="UserId"><c>user_id</c>.</param>
/// <param name="Email"><c>email</c>.</param>
/// <param name="IsAdmin"><c>is_admin</c> (informational: authorization is re-read from the account).</param>
/// <param name="RememberMe"><c>remember_me</c>: a 7-day rather than a 1-day token.</param>
/// <param name="TokenEpoch"><c>token_epoch</c>: must equal the account's epoch.</param>
/// <param name="ExpiresAt"><c>exp</c>, Unix seconds; <see langword="null"/> when absent (never expires).</param>
internal sealed record TokenClaims(string UserId, string Email, bool IsAdmin, bool RememberMe, long TokenEpoch, double? ExpiresAt);
