using System.Globalization;
using System.Numerics;

namespace DeploymentWatch.Discord.Interactions;

/// <summary>
/// Reads member.permissions (the member's permissions in the channel, overwrites applied) as Discord sends it: a
/// decimal string. Administrator (1&lt;&lt;3) or Manage Channels (1&lt;&lt;4) may change a channel's alerts.
/// </summary>
internal static class DiscordPermissions
{
    public const ulong Administrator = 0x8;
    public const ulong ManageChannels = 0x10;

    public static bool CanManageChannels(string? permissions)
    {
        if (ulong.TryParse(permissions, NumberStyles.None, CultureInfo.InvariantCulture, out var bits))
        {
            return (bits & (Administrator | ManageChannels)) != 0;
        }

        // Bitfields may outgrow 64 bits one day; the low bits mean the same then.
        return BigInteger.TryParse(permissions, NumberStyles.None, CultureInfo.InvariantCulture, out var big)
               && (big & (Administrator | ManageChannels)) != 0;
    }
}
