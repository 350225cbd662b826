namespace GraphDsl.Emulator.Sockets;

/// <summary>Who a socket is: decides its rooms (<c>user:&lt;id&gt;</c>, <c>admin</c>).</summary>
/// <param name="UserId">The user id (<c>system</c> in single-user mode).</param>
/// <param name="IsAdmin">Admins join the <c>admin</c> room.</param>
public sealed record SocketIdentity(string UserId, bool IsAdmin);
