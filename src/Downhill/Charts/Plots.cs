namespace Downhill;

/// <summary>
/// The kit's charts, one method per picture a lesson needs: loss curves, a ball rolling on a curve,
/// optimizer paths over contours and surfaces, grids, basin maps, regression fits, decision boundaries,
/// gradient arrows and plain lines for sweeps. Each returns a <see cref="Plot"/> and checks its inputs,
/// failing with one clear sentence. Non-finite numbers never reach a chart: a diverged run is drawn up
/// to its last finite value and its blow-up is marked.
/// </summary>
public static partial class Plots
{
}
