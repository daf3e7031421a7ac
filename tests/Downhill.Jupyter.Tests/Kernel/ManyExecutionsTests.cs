using Downhill.Jupyter.Tests.Client;

namespace Downhill.Jupyter.Tests.Kernel;

/// <summary>
/// A student reruns cells all afternoon. A thousand quick executions in a row must neither leak
/// nor slow down: the last hundred are compared with the first hundred of the same run (ratios
/// with generous bounds, no absolute time limits).
/// </summary>
public sealed class ManyExecutionsTests
{
    [Fact]
    public void A_thousand_quick_executions_neither_leak_nor_slow_down()
    {
        using var kernel = new RunningKernel();
        var client = kernel.Client;
        client.Execute("double alpha = 0.1; double x = 2.5;");
        var roundTrips = new List<double>();
        long managedAfterFirstHundred = 0;
        for (var i = 0; i < 1000; i++)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var (reply, _) = client.Execute($"x = x - alpha * 2 * x; x + {i}");
            roundTrips.Add(clock.Elapsed.TotalMilliseconds);
            Assert.Equal("ok", reply.Text("status"));
            if (i == 99) managedAfterFirstHundred = ManagedHeap(client);
        }
        var managedAtEnd = ManagedHeap(client);

        var first = Median(roundTrips.Take(100));
        var last = Median(roundTrips.Skip(900));
        var perExecution = (managedAtEnd - managedAfterFirstHundred) / 900.0;
        // Each Roslyn submission is a small assembly the runtime cannot unload, so some growth is expected;
        // a leak of outputs, messages or compilations would be orders of magnitude larger.
        var figures = $"managed heap grew {perExecution / 1024:0.0} KB per execution ({managedAfterFirstHundred / 1e6:0.0} MB after 100 → {managedAtEnd / 1e6:0.0} MB after 1000); " +
                      $"median round trip {first:0.0} ms (first 100) → {last:0.0} ms (last 100)";
        Assert.True(perExecution < 64 * 1024 && last < first * 3 + 5, figures);
    }

    private static long ManagedHeap(KernelClient client)
    {
        var (_, iopub) = client.Execute("GC.GetTotalMemory(forceFullCollection: true)");
        return long.Parse(iopub.Single(m => m.Type == "execute_result").Content["data"]!["text/plain"]!.GetValue<string>());
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
