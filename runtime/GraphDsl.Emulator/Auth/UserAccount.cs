using System;
using System.Threading;

namespace GraphDsl.Emulator.Auth;

/// <summary>A configured account as the emulator's user table holds it: the user, the password, the timestamps.</summary>
internal sealed class UserAccount(EmulatorUser user, string password, DateTime createdAt)
{
    private readonly Lock _gate = new();
    private DateTimeOffset? _lastLoginAt;

    /// <summary>The user (id fixed for the emulator's lifetime).</summary>
    public EmulatorUser User { get; } = user;

    /// <summary>The password, as configured.</summary>
    public string Password { get; } = password;

    /// <summary>When the row was created (naive UTC, as SQLite stores it).</summary>
    public DateTime CreatedAt { get; } = createdAt;

    /// <summary>The revocation epoch; the emulator never bumps it.</summary>
    public long TokenEpoch => 0;

    /// <summary>The last successful login, if any.</summary>
    public DateTimeOffset? LastLoginAt
    {
        get
        {
            lock (_gate)
            {
                return _lastLoginAt;
            }
        }
    }

    /// <summary>Records a login at <paramref name="when"/>.</summary>
    public void RecordLogin(DateTimeOffset when)
    {
        lock (_gate)
        {
            _lastLoginAt = when;
        }
    }
}
