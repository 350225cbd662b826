using System;
using System.Globalization;

namespace GraphDsl.Emulator.Queue;

/// <summary>Timestamps as InvokeAI's SQLite triggers write them: <c>YYYY-MM-DD HH:MM:SS.fff</c>, UTC, no zone.</summary>
internal static class SqliteTime
{
    /// <summary>The current time of <paramref name="clock"/> in SQLite's text form.</summary>
    public static string Now(TimeProvider clock) =>
        clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture);
}
