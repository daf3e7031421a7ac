using System.Runtime.Intrinsics.X86;
using Downhill.Data;

namespace Downhill.Models;

/// <summary>
/// Copies a shuffled batch's rows, scattered over a large dataset, into one contiguous block. Each row is far
/// from the last, so reading it waits on memory (and, on a large set, on the address translation too); asking
/// for rows before they are copied lets those waits overlap instead of queueing one after another.
/// </summary>
internal static class RowGather
{
    // Rows requested ahead of the one being copied in a fully shuffled order: far enough to cover a trip to
    // memory, near enough that the processor still has room for the requests. Of 8, 16, 32 and 64, 16 gathered
    // the benchmark's shuffled million rows fastest.
    private const int Ahead = 16;

    /// <summary>
    /// Copies the examples order[start..start+count) into <paramref name="values"/> and <paramref name="targets"/>.
    /// Without <paramref name="runs"/> it requests rows a little further along <paramref name="order"/>; with them,
    /// the next run's rows in file order (see <see cref="BlockRuns"/>).
    /// </summary>
    public static void Copy(Dataset data, ReadOnlySpan<int> order, int start, int count, double[] values, double[] targets, BlockRuns? runs = null)
    {
        if (runs is null) CopyRequestingAhead(data, order, start, count, values, targets);
        else CopyRequestingNextRun(data, order, start, count, values, targets, runs);
    }

    private static void CopyRequestingAhead(Dataset data, ReadOnlySpan<int> order, int start, int count, double[] values, double[] targets)
    {
        var width = data.FeatureCount;
        var source = data.Values;
        var sourceTargets = data.TargetArray;
        var end = start + count;
        for (var k = start; k < end; k++)
        {
            if (k + Ahead < order.Length) RequestRow(source, sourceTargets, order[k + Ahead], width);
            CopyRow(source, sourceTargets, order[k], width, values, targets, k - start);
        }
    }

    // The k-th row of a run asks for the k-th row (in file order) of the next run, so the next run has been asked
    // for in full by the time this one ends. Rows are counted from the epoch's start as if every block were full;
    // after the data's one short block the count is off by less than a block, which only shifts the requests a
    // little. The rows asked for are neighbours in memory, so one request per 8 doubles from each row's start
    // reaches every cache line of the block, and one per 8 rows every line of its targets. They go to the larger
    // second-level cache: a run is too big for the first. This loop runs once per example of every epoch, hence
    // the raw addresses (no per-row pinning or range checks: every row asked for is below RowCount).
    private static unsafe void CopyRequestingNextRun(Dataset data, ReadOnlySpan<int> order, int start, int count, double[] values, double[] targets, BlockRuns runs)
    {
        var width = data.FeatureCount;
        var source = data.Values;
        var sourceTargets = data.TargetArray;
        var blocks = runs.BlockOrder;
        var rowsPerBlock = runs.RowsPerBlock;
        var run = start / runs.RowsPerRun;
        var inRun = start - run * runs.RowsPerRun;
        var slot = (run + 1) * runs.BlocksPerRun + inRun / rowsPerBlock;
        var inBlock = inRun % rowsPerBlock;
        var end = start + count;
        fixed (double* firstValue = source)
        fixed (double* firstTarget = sourceTargets)
        {
            for (var k = start; k < end; k++)
            {
                if (Sse.IsSupported && slot < blocks.Length)
                {
                    var row = blocks[slot] * rowsPerBlock + inBlock;
                    if (row < runs.RowCount)
                    {
                        var rowStart = firstValue + (long)row * width;
                        for (var j = 0; j < width; j += 8) Sse.Prefetch1(rowStart + j);
                        if ((inBlock & 7) == 0) Sse.Prefetch1(firstTarget + row);
                    }
                }
                if (++inBlock == rowsPerBlock)
                {
                    inBlock = 0;
                    slot++;
                }
                CopyRow(source, sourceTargets, order[k], width, values, targets, k - start);
            }
        }
    }

    private static void CopyRow(double[] source, double[] sourceTargets, int row, int width, double[] values, double[] targets, int at)
    {
        source.AsSpan(row * width, width).CopyTo(values.AsSpan(at * width));
        targets[at] = sourceTargets[row];
    }

    /// <summary>Asks for row <paramref name="row"/> to be brought into cache: a hint, which never fails and does nothing without SSE.</summary>
    private static unsafe void RequestRow(double[] values, double[] targets, int row, int width)
    {
        if (!Sse.IsSupported) return;
        fixed (double* first = &values[row * width])
        {
            // One request per 64-byte cache line the row touches (8 doubles each), and the row's last line.
            for (var j = 0; j < width; j += 8) Sse.Prefetch0(first + j);
            Sse.Prefetch0(first + width - 1);
        }
        fixed (double* target = &targets[row]) Sse.Prefetch0(target);
    }
}
