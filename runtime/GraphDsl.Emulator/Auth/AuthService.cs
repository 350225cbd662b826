using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace GraphDsl.Emulator.Auth;

/// <summary>
/// InvokeAI's authentication, emulated: the user table (from <see cref="EmulatorOptions.Users"/>), HS256 access tokens,
/// and the FastAPI dependencies routes use (<c>CurrentUserOrDefault</c>, <c>CurrentMediaUserOrDefault</c>,
/// <c>AdminUserOrDefault</c>, <c>CurrentUser</c>). In single-user mode every request is <see cref="EmulatorUser.System"/>
/// and tokens are ignored. Thread-safe; one instance per emulator.
/// </summary>
public sealed class AuthService
{
    /// <summary>Name of the HttpOnly media cookie set at login (<c>invokeai_media_token</c>).</summary>
    public const string MediaCookieName = "invokeai_media_token";

    /// <summary>Lifetime of a normal token (1 day).</summary>
    public static readonly TimeSpan NormalLifetime = TimeSpan.FromDays(1);

    /// <summary>Lifetime of a <c>remember_me</c> token (7 days).</summary>
    public static readonly TimeSpan RememberMeLifetime = TimeSpan.FromDays(7);

    private readonly TimeProvider _clock;
    private readonly JwtCodec _jwt;
    private readonly List<UserAccount> _accounts;
    private readonly Dictionary<string, UserAccount> _byId;

    /// <summary>Creates the service; in multi-user mode each account of <paramref name="options"/> gets a fresh uuid id.</summary>
    /// <param name="options">Mode, accounts and token secret.</param>
    /// <param name="timeProvider">The clock for token expiry and account timestamps.</param>
    public AuthService(EmulatorOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _clock = timeProvider;
        MultiUser = options.MultiUser;
        var secret = options.TokenSecret is { Length: > 0 } configured
            ? Encoding.UTF8.GetBytes(configured)
            : Encoding.UTF8.GetBytes(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)));
        _jwt = new JwtCodec(secret);
        var createdAt = timeProvider.GetUtcNow().UtcDateTime;
        _accounts = MultiUser
            ? [.. options.Users.Select(a => new UserAccount(
                new EmulatorUser(Guid.NewGuid().ToString(), a.Email, a.DisplayName, a.IsAdmin, a.IsActive), a.Password, createdAt))]
            : [];
        _byId = _accounts.ToDictionary(a => a.User.UserId, StringComparer.Ordinal);
    }

    /// <summary>Whether multi-user mode is on (Bearer tokens required).</summary>
    public bool MultiUser { get; }

    /// <summary>The users of multi-user mode, in configuration order (empty in single-user mode).</summary>
    public IReadOnlyList<EmulatorUser> Users => [.. _accounts.Select(a => a.User)];

    /// <summary>
    /// <c>CurrentUserOrDefault</c>: single-user → <see cref="EmulatorUser.System"/> (any token ignored); multi-user → the
    /// Bearer token's user, or 401 "Authentication required" / "Invalid or expired token" / "User not found or inactive".
    /// </summary>
    /// <param name="request">The request (its <c>Authorization</c> header).</param>
    public AuthResult Authenticate(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!MultiUser)
        {
            return AuthResult.Success(EmulatorUser.System);
        }

        var token = BearerCredentials(request);
        return token is null ? AuthResult.Unauthorized("Authentication required") : Resolve(token, "Invalid or expired token");
    }

    /// <summary><c>CurrentMediaUserOrDefault</c>: like <see cref="Authenticate"/>, but the token may also come from the
    /// <c>invokeai_media_token</c> cookie (image/video <c>full</c> and <c>thumbnail</c>).</summary>
    /// <param name="request">The request.</param>
    public AuthResult AuthenticateMedia(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!MultiUser)
        {
            return AuthResult.Success(EmulatorUser.System);
        }

        var token = BearerCredentials(request) ?? request.Cookies[MediaCookieName];
        return token is null ? AuthResult.Unauthorized("Authentication required") : Resolve(token, "Invalid or expired token");
    }

    /// <summary><c>AdminUserOrDefault</c>: <see cref="Authenticate"/>, then 403 "Admin privileges required" for a non-admin.</summary>
    /// <param name="request">The request.</param>
    public AuthResult AuthenticateAdmin(HttpRequest request)
    {
        var result = Authenticate(request);
        return result.User is { IsAdmin: false } ? AuthResult.Forbidden("Admin privileges required") : result;
    }

    /// <summary>
    /// The strict <c>CurrentUser</c> (<c>/auth/me</c>, <c>/auth/logout</c>), in either mode: 401 "Missing authentication
    /// credentials" / "Invalid or expired authentication token" / "User account is inactive or does not exist".
    /// In single-user mode there are no accounts, so it always fails.
    /// </summary>
    internal AuthResult AuthenticateStrict(HttpRequest request)
    {
        var token = BearerCredentials(request);
        if (token is null)
        {
            return AuthResult.Unauthorized("Missing authentication credentials");
        }

        var claims = _jwt.Decode(token, _clock.GetUtcNow());
        if (claims is null)
        {
            return AuthResult.Unauthorized("Invalid or expired authentication token");
        }

        var account = Authorize(claims);
        return account is null ? AuthResult.Unauthorized("User account is inactive or does not exist") : AuthResult.Success(account.User);
    }

    /// <summary>
    /// The user a token authenticates (for the socket handshake). Multi-user: the active account of a valid, unexpired,
    /// current-epoch token, else <see langword="null"/>. Single-user: always <see cref="EmulatorUser.System"/> (tokens ignored).
    /// </summary>
    /// <param name="token">The raw JWT (no <c>Bearer </c> prefix), or <see langword="null"/>.</param>
    public EmulatorUser? ValidateToken(string? token)
    {
        if (!MultiUser)
        {
            return EmulatorUser.System;
        }

        return token is null ? null : FindAuthorized(token)?.User;
    }

    /// <summary>A new token for <paramref name="user"/>, valid 1 day (7 with <paramref name="rememberMe"/>) from now.</summary>
    /// <param name="user">The user; its current flags are written into the claims.</param>
    /// <param name="rememberMe">Whether this is a 7-day token.</param>
    public string IssueToken(EmulatorUser user, bool rememberMe)
    {
        ArgumentNullException.ThrowIfNull(user);
        var lifetime = rememberMe ? RememberMeLifetime : NormalLifetime;
        var exp = _clock.GetUtcNow().Add(lifetime).ToUnixTimeSeconds();
        var epoch = _byId.TryGetValue(user.UserId, out var account) ? account.TokenEpoch : 0;
        return _jwt.Encode(new TokenClaims(user.UserId, user.Email, user.IsAdmin, rememberMe, epoch, exp));
    }

    /// <summary>The <c>X-Refreshed-Token</c> for a still-honoured <paramref name="token"/> (same lifetime class, claims from
    /// the account), or <see langword="null"/> when the token is not honoured.</summary>
    internal string? RefreshToken(string token)
    {
        var claims = _jwt.Decode(token, _clock.GetUtcNow());
        var account = claims is null ? null : Authorize(claims);
        return account is null ? null : IssueToken(account.User, claims!.RememberMe);
    }

    /// <summary>Seconds until a still-honoured <paramref name="token"/> expires (a day when it has no <c>exp</c>), else <see langword="null"/>.</summary>
    internal int? RemainingSeconds(string token)
    {
        var now = _clock.GetUtcNow();
        var claims = _jwt.Decode(token, now);
        if (claims is null || Authorize(claims) is null)
        {
            return null;
        }

        if (claims.ExpiresAt is not { } exp)
        {
            return (int)NormalLifetime.TotalSeconds;
        }

        var remaining = (int)(exp - (now.ToUnixTimeMilliseconds() / 1000.0));
        return remaining > 0 ? remaining : null;
    }

    /// <summary>The account <paramref name="email"/> names (case-insensitive), or <see langword="null"/>.</summary>
    internal UserAccount? FindByEmail(string email) =>
        _accounts.FirstOrDefault(a => string.Equals(a.User.Email.Trim(), email.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The account with id <paramref name="userId"/>, or <see langword="null"/>.</summary>
    internal UserAccount? FindById(string userId) => _byId.GetValueOrDefault(userId);

    /// <summary>The current time of the service's clock.</summary>
    internal DateTimeOffset Now => _clock.GetUtcNow();

    /// <summary>HTTPBearer(auto_error=False): the credentials of <c>Authorization: Bearer &lt;token&gt;</c>, else <see langword="null"/>.</summary>
    internal static string? BearerCredentials(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        var space = header.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0)
        {
            return null;
        }

        var scheme = header[..space];
        var credentials = header[(space + 1)..];
        return scheme.Equals("bearer", StringComparison.OrdinalIgnoreCase) && credentials.Length > 0 ? credentials : null;
    }

    private AuthResult Resolve(string token, string invalidDetail)
    {
        var claims = _jwt.Decode(token, _clock.GetUtcNow());
        if (claims is null)
        {
            return AuthResult.Unauthorized(invalidDetail);
        }

        var account = Authorize(claims);
        return account is null ? AuthResult.Unauthorized("User not found or inactive") : AuthResult.Success(account.User);
    }

    private UserAccount? FindAuthorized(string token)
    {
        var claims = _jwt.Decode(token, _clock.GetUtcNow());
        return claims is null ? null : Authorize(claims);
    }

    /// <summary><c>resolve_authorized_user</c>: not <c>system</c>, exists, active, current epoch.</summary>
    private UserAccount? Authorize(TokenClaims claims)
    {
        if (claims.UserId == EmulatorUser.System.UserId || !_byId.TryGetValue(claims.UserId, out var account))
        {
            return null;
        }

        return account.User.IsActive && account.TokenEpoch == claims.TokenEpoch ? account : null;
    }
}
