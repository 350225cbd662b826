using System;
using System.Globalization;
using System.Text.Json.Nodes;

namespace GraphDsl.Emulator.Auth;

/// <summary>Writes <c>UserDTO</c> the way pydantic serialises it (naive SQLite times as <c>YYYY-MM-DDTHH:MM:SS.ffffff</c>,
/// aware UTC times with <c>Z</c>).</summary>
internal static class UserJson
{
    /// <summary>The <c>UserDTO</c> of <paramref name="account"/>.</summary>
    public static JsonObject ToDto(UserAccount account)
    {
        var user = account.User;
        var created = Naive(account.CreatedAt);
        return new JsonObject
        {
            ["user_id"] = user.UserId,
            ["email"] = user.Email,
            ["display_name"] = user.DisplayName,
            ["is_admin"] = user.IsAdmin,
            ["is_active"] = user.IsActive,
            ["created_at"] = created,
            ["updated_at"] = created,
            ["last_login_at"] = account.LastLoginAt is { } login ? Aware(login) : null,
            ["token_epoch"] = account.TokenEpoch,
        };
    }

    /// <summary>A naive datetime as pydantic writes it (SQLite keeps milliseconds, so the last three digits are 0).</summary>
    private static string Naive(DateTime utc)
    {
        var truncated = new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Unspecified);
        return Iso(truncated);
    }

    private static string Aware(DateTimeOffset utc) => Iso(utc.UtcDateTime) + "Z";

    /// <summary>Python's <c>isoformat</c>: the fraction (6 digits) only when there are microseconds.</summary>
    private static string Iso(DateTime time) =>
        time.ToString(time.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture);
}
