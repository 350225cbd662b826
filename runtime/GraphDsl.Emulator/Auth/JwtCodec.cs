using System;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraphDsl.Emulator.Auth;

/// <summary>
/// HS256 JSON Web Tokens, by hand: <c>base64url(header).base64url(payload).base64url(HMAC-SHA256)</c>, written the way
/// python-jose writes InvokeAI's tokens (compact JSON, <c>exp</c> in whole Unix seconds), verified the way
/// <c>token_service.verify_token</c> does (signature first, then a manual expiry check).
/// </summary>
internal sealed class JwtCodec(byte[] key)
{
    private static readonly string EncodedHeader = Base64Url.EncodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"u8);

    /// <summary>The signed token for <paramref name="claims"/>.</summary>
    public string Encode(TokenClaims claims)
    {
        var payload = new JsonObject
        {
            ["user_id"] = claims.UserId,
            ["email"] = claims.Email,
            ["is_admin"] = claims.IsAdmin,
            ["remember_me"] = claims.RememberMe,
            ["token_epoch"] = claims.TokenEpoch,
        };
        if (claims.ExpiresAt is { } exp)
        {
            payload["exp"] = (long)exp;
        }

        var signingInput = EncodedHeader + "." + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        return signingInput + "." + Base64Url.EncodeToString(Sign(signingInput));
    }

    /// <summary>The claims of <paramref name="token"/>, or <see langword="null"/> when it is malformed, not HS256, badly
    /// signed, expired at <paramref name="now"/>, or lacks a required claim.</summary>
    public TokenClaims? Decode(string token, DateTimeOffset now)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        try
        {
            var header = JsonNode.Parse(Base64Url.DecodeFromChars(parts[0]));
            if (header is not JsonObject headerObject || (string?)headerObject["alg"] != "HS256")
            {
                return null;
            }

            var signature = Base64Url.DecodeFromChars(parts[2]);
            if (!CryptographicOperations.FixedTimeEquals(signature, Sign(parts[0] + "." + parts[1])))
            {
                return null;
            }

            if (JsonNode.Parse(Base64Url.DecodeFromChars(parts[1])) is not JsonObject payload)
            {
                return null;
            }

            double? exp = null;
            if (payload["exp"] is JsonValue expValue)
            {
                exp = expValue.GetValue<double>();
                if (now.ToUnixTimeMilliseconds() / 1000.0 >= exp)
                {
                    return null;
                }
            }

            if (payload["user_id"] is not JsonValue userId || userId.GetValueKind() != JsonValueKind.String
                || payload["email"] is not JsonValue email || email.GetValueKind() != JsonValueKind.String
                || payload["is_admin"] is not JsonValue isAdmin)
            {
                return null;
            }

            return new TokenClaims(
                userId.GetValue<string>(),
                email.GetValue<string>(),
                AsBool(isAdmin) ?? throw new FormatException("is_admin"),
                payload["remember_me"] is JsonValue remember ? AsBool(remember) ?? throw new FormatException("remember_me") : false,
                payload["token_epoch"] is JsonValue epoch ? epoch.GetValue<long>() : 0,
                exp);
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }

    private static bool? AsBool(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number when value.GetValue<double>() is 0 or 1 => value.GetValue<double>() == 1,
        _ => null,
    };

    private byte[] Sign(string signingInput) => HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(signingInput));
}
