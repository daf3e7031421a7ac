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
        var heapAt = new Dictionary<int, long>();
        for (var i = 0; i < 1000; i++)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var (reply, _) = client.Execute($"x = x - alpha * 2 * x; x + {i}");
            roundTrips.Add(clock.Elapsed.TotalMilliseconds);
            Assert.Equal("ok", reply.Text("status"));
            if (i is 99 or 549 or 999) heapAt[i] = ManagedHeap(client);
        }

        var first = Median(roundTrips.Take(100));
        var last = Median(roundTrips.Skip(900));
        var firstHalf = (heapAt[549] - heapAt[99]) / 450.0;
        var secondHalf = (heapAt[999] - heapAt[549]) / 450.0;
        var figures = $"managed heap grew {firstHalf / 1024:0.0} KB per execution from 100 to 550, {secondHalf / 1024:0.0} KB from 550 to 1000 " +
                      $"({heapAt[99] / 1e6:0.0} MB → {heapAt[999] / 1e6:0.0} MB); median round trip {first:0.0} ms (first 100) → {last:0.0} ms (last 100)";

        // Chained state means every submission's compilation stays reachable from the next (Roslyn scripting cannot
        // release earlier submissions, nor the runtime unload their assemblies): about 80 KB each on this machine.
        // A leak is growth that accumulates — each rerun costing more than the one before, as when every submission
        // re-listed all earlier references (3.8 MB each after a thousand) — or outputs and messages kept alive.
        Assert.True(secondHalf < firstHalf * 1.5 + 8 * 1024, "growth per execution accumulates: " + figures);
        Assert.True(secondHalf < 128 * 1024, "more is kept per execution than its compilation: " + figures);
        Assert.True(last < first * 3 + 5, "reruns slow down: " + figures);
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
