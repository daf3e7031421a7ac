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
            if (k + Ahead < order.Length) RequestRow(source, sourceTargets, order[k + Ahead], width, toNearestCache: true);
            CopyRow(source, sourceTargets, order[k], width, values, targets, k - start);
        }
    }

    // The k-th row of a run asks for the k-th row (in file order) of the next run, so the next run has been asked
    // for in full by the time this one ends. Rows are counted from the epoch's start as if every block were full;
    // after the data's one short block the count is off by less than a block, which only shifts the requests a little.
    private static void CopyRequestingNextRun(Dataset data, ReadOnlySpan<int> order, int start, int count, double[] values, double[] targets, BlockRuns runs)
    {
        var width = data.FeatureCount;
        var source = data.Values;
        var sourceTargets = data.TargetArray;
        var blocks = runs.BlockOrder;
        var run = start / runs.RowsPerRun;
        var inRun = start - run * runs.RowsPerRun;
        var slot = (run + 1) * runs.BlocksPerRun + inRun / runs.RowsPerBlock;
        var inBlock = inRun % runs.RowsPerBlock;
        var end = start + count;
        for (var k = start; k < end; k++)
        {
            if (slot < blocks.Length)
            {
                var row = blocks[slot] * runs.RowsPerBlock + inBlock;
                // Into the larger second-level cache: a run is too big for the first level.
                if (row < runs.RowCount) RequestRow(source, sourceTargets, row, width, toNearestCache: false, withTarget: (inBlock & 7) == 0);
            }
            if (++inBlock == runs.RowsPerBlock)
            {
                inBlock = 0;
                slot++;
            }
            CopyRow(source, sourceTargets, order[k], width, values, targets, k - start);
        }
    }

    private static void CopyRow(double[] source, double[] sourceTargets, int row, int width, double[] values, double[] targets, int at)
    {
        source.AsSpan(row * width, width).CopyTo(values.AsSpan(at * width));
        targets[at] = sourceTargets[row];
    }

    /// <summary>
    /// Asks for row <paramref name="row"/> to be brought into cache: a hint, which never fails and does nothing
    /// without SSE. With <paramref name="withTarget"/> false the row's target is left out: rows asked for in file
    /// order share each line of targets with seven neighbours, so one request in eight is enough.
    /// </summary>
    private static unsafe void RequestRow(double[] values, double[] targets, int row, int width, bool toNearestCache, bool withTarget = true)
    {
        if (!Sse.IsSupported) return;
        fixed (double* first = &values[row * width])
        {
            // One request per 64-byte cache line the row touches (8 doubles each), and the row's last line.
            for (var j = 0; j < width; j += 8) Request(first + j, toNearestCache);
            Request(first + width - 1, toNearestCache);
        }
        if (withTarget)
            fixed (double* target = &targets[row]) Request(target, toNearestCache);
    }

    private static unsafe void Request(double* address, bool toNearestCache)
    {
        if (toNearestCache) Sse.Prefetch0(address);
        else Sse.Prefetch1(address);
    }
}
