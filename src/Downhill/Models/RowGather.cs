using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
namespace Downhill;

/// <summary>
/// Copies a shuffled batch's rows, scattered over a large dataset, into one contiguous block. Each row is far
/// from the last, so reading it waits on memory (and, on a large set, on the address translation too); asking
/// for rows before they are copied lets those waits overlap instead of queueing one after another.
/// These loops run once per example of every epoch, hence raw addresses: the data and the batch buffers are
/// pinned once per batch, and each row read is checked against the data's size once.
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
    public static unsafe void Copy(Dataset data, ReadOnlySpan<int> order, int start, int count, double[] values, double[] targets, BlockRuns? runs = null)
    {
        var width = data.FeatureCount;
        var rowCount = data.Count;
        if (values.Length < count * width || targets.Length < count)
            throw new ArgumentException($"the batch buffers hold fewer than the batch's {count} rows");
        fixed (double* firstValue = data.Values)
        fixed (double* firstTarget = data.TargetArray)
        fixed (double* firstBatchValue = values)
        fixed (double* firstBatchTarget = targets)
        {
            var source = new Rows(firstValue, firstTarget, width, rowCount);
            var requests = runs is null ? default : new NextRunRequests(runs, start);
            for (var k = start; k < start + count; k++)
            {
                if (runs is null)
                {
                    if (k + Ahead < order.Length) source.RequestScattered(order[k + Ahead]);
                }
                else requests.RequestNext(source);
                source.CopyRow(order[k], firstBatchValue + (long)(k - start) * width, firstBatchTarget + (k - start));
            }
        }
    }

    /// <summary>
    /// For a batch read where it lies (blocks kept in file order): requests the next run's rows that correspond to
    /// the batch's places in this one, as <see cref="Copy"/> does row by row for a mixed run.
    /// </summary>
    public static unsafe void RequestNextRun(Dataset data, BlockRuns runs, int start, int count)
    {
        fixed (double* firstValue = data.Values)
        fixed (double* firstTarget = data.TargetArray)
        {
            var source = new Rows(firstValue, firstTarget, data.FeatureCount, data.Count);
            var requests = new NextRunRequests(runs, start);
            for (var k = 0; k < count; k++) requests.RequestNext(source);
        }
    }

    /// <summary>The dataset's rows at raw addresses.</summary>
    private readonly unsafe struct Rows(double* firstValue, double* firstTarget, int width, int count)
    {
        /// <summary>Copies row <paramref name="row"/> four doubles at a time: a general copy costs more to set up than a row takes to move.</summary>
        public void CopyRow(int row, double* to, double* toTarget)
        {
            if ((uint)row >= (uint)count) throw new IndexOutOfRangeException($"row {row} is not among the data's {count} rows");
            var from = firstValue + (long)row * width;
            var j = 0;
            for (; j + 4 <= width; j += 4) Vector256.Store(Vector256.Load(from + j), to + j);
            for (; j < width; j++) to[j] = from[j];
            *toTarget = firstTarget[row];
        }

        /// <summary>Asks for a row far from the last into the nearest cache: each 64-byte line it touches, and its target.</summary>
        public void RequestScattered(int row)
        {
            if (!Sse.IsSupported || (uint)row >= (uint)count) return;
            var from = firstValue + (long)row * width;
            for (var j = 0; j < width; j += 8) Sse.Prefetch0(from + j);
            Sse.Prefetch0(from + width - 1);
            Sse.Prefetch0(firstTarget + row);
        }

        /// <summary>
        /// Asks for a row whose neighbours are asked for just before and after it, into the larger second-level
        /// cache. One request per 8 doubles from the row's start reaches every line of a stretch of neighbours, and
        /// a request for every eighth target every line of their targets.
        /// </summary>
        public void RequestNeighbour(int row, bool withTarget)
        {
            if (!Sse.IsSupported || (uint)row >= (uint)count) return;
            var from = firstValue + (long)row * width;
            for (var j = 0; j < width; j += 8) Sse.Prefetch1(from + j);
            if (withTarget) Sse.Prefetch1(firstTarget + row);
        }
    }

    /// <summary>
    /// While a run is trained on, its k-th row asks for the k-th row (in file order) of the next run, so the next run
    /// has been asked for in full when this one ends. Rows are counted from the epoch's start as if every block were
    /// full; after the data's one short block the count is off by less than a block, which only shifts the requests.
    /// </summary>
    private struct NextRunRequests
    {
        private readonly BlockRuns runs;
        private int slot;
        private int inBlock;

        public NextRunRequests(BlockRuns runs, int position)
        {
            this.runs = runs;
            var run = position / runs.RowsPerRun;
            var inRun = position - run * runs.RowsPerRun;
            slot = (run + 1) * runs.BlocksPerRun + inRun / runs.RowsPerBlock;
            inBlock = inRun % runs.RowsPerBlock;
        }

        public void RequestNext(Rows source)
        {
            if (slot < runs.BlockOrder.Length)
                source.RequestNeighbour(runs.BlockOrder[slot] * runs.RowsPerBlock + inBlock, withTarget: (inBlock & 7) == 0);
            if (++inBlock == runs.RowsPerBlock)
            {
                inBlock = 0;
                slot++;
            }
        }
    }
}
