using System.Net;
using System.Net.Sockets;

namespace DeploymentWatch.TestKit.Feeds;

/// <summary>A loopback port with nothing listening: for a test server to bind, or for "connection refused" tests.</summary>
public static class UnusedLoopbackPort
{
    public static int Find()
    {
        // Bind to let the OS pick a free port, then release it: nothing listens there afterwards.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
