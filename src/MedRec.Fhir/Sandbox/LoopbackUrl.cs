using System.Net;
using System.Net.Sockets;

namespace MedRec.Fhir.Sandbox;

/// <summary>A free port on 127.0.0.1, for running the sandbox privately (benchmarks, evaluation, tests).</summary>
public static class LoopbackUrl
{
    public static string Free()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return $"http://127.0.0.1:{((IPEndPoint)l.LocalEndpoint).Port}";
    }
}
