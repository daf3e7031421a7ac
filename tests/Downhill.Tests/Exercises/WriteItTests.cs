namespace Downhill.Tests.Exercises;

/// <summary>
/// Write-it exercises cannot be passed by calling the library piece they ask for: each check is run with that shortcut
/// and must say "Not yet", naming what was borrowed; a right answer written by hand still passes. (The lesson tests run the
/// same answers through the notebooks, compiled by the kit's executor.)
/// </summary>
public sealed class WriteItTests
{
    private static void BorrowedIsRefused(Feedback feedback, string borrowed)
    {
        Assert.False(feedback.IsCorrect, feedback.ToString());
        Assert.StartsWith($"your code uses the library's {borrowed}.", feedback.Message);
        Assert.NotNull(feedback.Hint);
    }

    [Fact]
    public void A_step_borrowed_from_GradientDescent_is_refused_and_one_written_by_hand_passes()
    {
        double Borrowed(double x, double alpha)
        {
            var ball = new[] { x };
            new GradientDescent(alpha).Step(ball, [2 * x]);
            return ball[0];
        }

        BorrowedIsRefused(Lesson00.CheckStep(Borrowed), "new GradientDescent(…)");
        Assert.True(Lesson00.CheckStep((x, alpha) => x - alpha * 2 * x).IsCorrect);
    }

    [Fact]
    public void Hubers_slope_borrowed_from_HuberLoss_is_refused()
    {
        BorrowedIsRefused(Lesson01.CheckHuberSlope((e, delta) => Loss.Huber(delta).DerivativeOf(e, 0)), "Loss.Huber");
        Assert.True(Lesson01.CheckHuberSlope((e, delta) => Math.Clamp(e, -delta, delta)).IsCorrect);
    }

    [Fact]
    public void The_loop_on_J_borrowed_from_Trainer_is_refused()
    {
        (double, double) Borrowed(double[] x, double[] y, double alpha, int iterations)
        {
            var model = new LinearRegression(1);
            Trainer.Fit(model, new Dataset(x.Select(v => new[] { v }).ToArray(), y), new GradientDescent(2 * alpha), iterations, tolerance: 0);
            return (model.Bias, model.Weights[0]);
        }

        BorrowedIsRefused(Lesson02.CheckGradientDescentOnJ(Borrowed), "new LinearRegression(…)");
    }

    [Fact]
    public void A_step_decay_borrowed_from_Schedule_is_refused()
    {
        BorrowedIsRefused(Lesson03.CheckStepDecay((step, rate) => Schedule.StepDecay(100, 0.5).Rate(step, rate)), "Schedule.StepDecay");
        Assert.True(Lesson03.CheckStepDecay((step, rate) => rate * Math.Pow(0.5, step / 100)).IsCorrect);
    }

    [Fact]
    public void The_descent_loop_borrowed_from_Descent_Run_or_an_optimizer_is_refused_but_the_surfaces_gradient_is_allowed()
    {
        BorrowedIsRefused(Lesson04.CheckDescend((surface, start, alpha, steps) =>
            Descent.Run(surface, new GradientDescent(alpha), start, steps, tolerance: 0).Final), "new GradientDescent(…)");

        // A helper of the student's own is followed: the shortcut inside it is found too.
        double[] Helper(Landscape surface, double[] start, double alpha, int steps)
        {
            var optimizer = new GradientDescent(alpha);
            var w = (double[])start.Clone();
            for (var k = 0; k < steps; k++) optimizer.Step(w, surface.Gradient(w));
            return w;
        }
        BorrowedIsRefused(Lesson04.CheckDescend((surface, start, alpha, steps) => Helper(surface, start, alpha, steps)),
            "new GradientDescent(…)");

        Assert.True(Lesson04.CheckDescend((surface, start, alpha, steps) =>
        {
            var w = (double[])start.Clone();
            for (var k = 0; k < steps; k++)
            {
                var g = surface.Gradient(w);
                for (var i = 0; i < w.Length; i++) w[i] -= alpha * g[i];
            }
            return w;
        }).IsCorrect);
    }

    [Fact]
    public void A_momentum_step_borrowed_from_Momentum_is_refused()
    {
        Momentum? shared = null;
        BorrowedIsRefused(Lesson05.CheckMomentumStep((w, v, g, alpha, beta) => (shared ??= new Momentum(alpha, beta)).Step(w, g)),
            "new Momentum(…)");
    }

    [Fact]
    public void Standardising_borrowed_from_Standardizer_is_refused()
    {
        BorrowedIsRefused(Lesson06.CheckTrainOnlyStandardising((train, test) =>
        {
            var scaler = Standardizer.Fit(new Dataset(train.Select(v => new[] { v }).ToArray(), train));
            return test.Select(v => scaler.Transform([v])[0]).ToArray();
        }), "new Dataset(…)");
    }

    [Fact]
    public void No_function_yet_is_said_plainly()
    {
        var feedback = Lesson03.CheckStepDecay(null!);
        Assert.False(feedback.IsCorrect);
        Assert.Equal("there is no function yet.", feedback.Message);
    }

    [Fact]
    public void A_function_that_throws_is_told_where_and_why()
    {
        var feedback = Lesson03.CheckStepDecay((step, rate) => step == 100 ? throw new InvalidOperationException("boom") : rate);
        Assert.False(feedback.IsCorrect);
        Assert.Equal("at step 100 with base rate 0.1 your code threw InvalidOperationException: boom", feedback.Message);
    }
}
