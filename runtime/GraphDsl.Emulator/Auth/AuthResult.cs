namespace GraphDsl.Emulator.Auth;

/// <summary>
/// The outcome of authenticating a request the way InvokeAI's auth dependencies do: the user, or the HTTP error
/// the route must answer with (see <see cref="Api.HttpErrors.FromAuth"/>).
/// </summary>
/// <param name="User">The authenticated user (<see cref="EmulatorUser.System"/> in single-user mode), or <see langword="null"/> on failure.</param>
/// <param name="StatusCode">200 on success; 401 (no, bad or revoked token) or 403 (not an admin) on failure.</param>
/// <param name="Detail">The FastAPI <c>detail</c> message on failure, e.g. <c>Authentication required</c>.</param>
public sealed record AuthResult(EmulatorUser? User, int StatusCode, string? Detail)
{
    /// <summary>True when <see cref="User"/> is set.</summary>
    public bool Succeeded => User is not null;

    internal static AuthResult Success(EmulatorUser user) => new(user, 200, null);

    internal static AuthResult Unauthorized(string detail) => new(null, 401, detail);

    internal static AuthResult Forbidden(string detail) => new(null, 403, detail);
}
