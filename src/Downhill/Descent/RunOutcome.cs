namespace Downhill;

/// <summary>How a descent run (<see cref="Descent.Run"/>) or a training run (<see cref="Trainer.Fit"/>) ended.</summary>
public enum RunOutcome
{
    /// <summary>The gradient's norm fell to the tolerance or below (10⁻⁶ unless the call says otherwise): the ball is at rest.</summary>
    Converged,

    /// <summary>The loss, position or gradient became non-finite, or the loss grew past the divergence bound: the run blew up.</summary>
    Diverged,

    /// <summary>
    /// The run stopped while the ball was still moving: the budget ran out (steps for a descent run, epochs for a
    /// training run, also when early stopping ended it) or a schedule brought the learning rate to 0.
    /// </summary>
    StepLimitReached,
}
