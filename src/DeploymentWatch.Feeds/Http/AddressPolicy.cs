using System.Net;
using System.Net.Sockets;

namespace DeploymentWatch.Feeds.Http;

/// <summary>
/// Which addresses a feed fetch may connect to. Feed hosts are not trusted: a public name can resolve to, or redirect
/// to, the loopback interface, the cloud metadata service (169.254.169.254) or the operator's private network. Those
/// are refused unless the operator sets Feeds:AllowPrivateAddresses (a feed on the same host or LAN).
/// </summary>
internal static class AddressPolicy
{
    /// <summary>Null when the address is public; else what kind of address it is, for the failure reason.</summary>
    public static string? Restricted(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => RestrictedV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => RestrictedV6(address),
            _ => "a non-IP",
        };
    }

    private static string? RestrictedV4(byte[] b) => b switch
    {
        [127, ..] => "a loopback",
        [10, ..] or [172, >= 16 and <= 31, ..] or [192, 168, ..] => "a private",
        [169, 254, ..] => "a link-local",
        [100, >= 64 and <= 127, ..] => "a shared (carrier-grade NAT)",
        [0, ..] => "an unspecified",
        [192, 0, 0, _] or [198, 18 or 19, ..] => "a reserved",
        [>= 224, ..] => "a multicast or reserved",
        _ => null,
    };

    private static string? RestrictedV6(IPAddress address)
    {
        if (IPAddress.IsLoopback(address))
        {
            return "a loopback";
        }

        if (address.Equals(IPAddress.IPv6None) || address.Equals(IPAddress.IPv6Any))
        {
            return "an unspecified";
        }

        var bytes = address.GetAddressBytes();
        if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal)
        {
            return "a link-local";
        }

        if ((bytes[0] & 0xFE) == 0xFC)
        {
            return "a private";
        }

        if (address.IsIPv6Multicast)
        {
            return "a multicast";
        }

        // NAT64 (64:ff9b::/96) carries an IPv4 address: judge that one.
        if (bytes is [0x00, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0, ..])
        {
            return RestrictedV4(bytes[12..]);
        }

        return null;
    }
}
