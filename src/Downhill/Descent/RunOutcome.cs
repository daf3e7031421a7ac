namespace Downhill;

/// <summary>How a descent run ended.</summary>
public enum RunOutcome
{
    /// <summary>The tolerance was met (gradient norm or loss change small enough).</summary>
    Converged,

    /// <summary>The loss became non-finite or grew past the divergence bound.</summary>
    Diverged,

    /// <summary>The step budget ran out before the tolerance was met.</summary>
    StepLimitReached,
}
