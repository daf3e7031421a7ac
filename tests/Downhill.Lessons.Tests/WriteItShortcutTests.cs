using Downhill.Lessons.Tests.Harness;

namespace Downhill.Lessons.Tests;

/// <summary>
/// The third way a write-it exercise is tried (the claims files try the right and a wrong answer): the library shortcut
/// a student might type, run in the lesson itself — compiled by the kit's executor as a student's cell is — must get
/// "Not yet" naming what it borrowed, not "Correct".
/// </summary>
public sealed class WriteItShortcutTests
{
    public static TheoryData<string, string, string, string, string> Shortcuts => new()
    {
        { "00-start-here", "00.1", "Step", "double Step(double x, double alpha) { var ball = new[] { x }; new GradientDescent(alpha).Step(ball, [2 * x]); return ball[0]; }", "new GradientDescent(…)" },
        { "01-loss-functions", "01.2", "HuberSlope", "double HuberSlope(double error, double delta) => Loss.Huber(delta).DerivativeOf(error, 0);", "Loss.Huber" },
        { "02-update-rule", "02.4", "GradientDescentOnJ", """
            (double Theta0, double Theta1) GradientDescentOnJ(double[] x, double[] y, double alpha, int iterations)
            {
                var model = new LinearRegression(1);
                Trainer.Fit(model, new Dataset(x.Select(v => new[] { v }).ToArray(), y), new GradientDescent(2 * alpha), iterations, tolerance: 0);
                return (model.Bias, model.Weights[0]);
            }
            """, "new LinearRegression(…)" },
        { "03-learning-rates", "03.2", "StepDecayRate", "double StepDecayRate(int step, double baseRate) => Schedule.StepDecay(100, 0.5).Rate(step, baseRate);", "Schedule.StepDecay" },
        { "04-local-minima", "04.2", "Descend", "double[] Descend(Landscape surface, double[] start, double alpha, int steps) => Descent.Run(surface, new GradientDescent(alpha), start, steps, tolerance: 0).Final;", "new GradientDescent(…)" },
        { "05-sgd-vs-adam", "05.2", "MomentumStep", "void MomentumStep(double[] w, double[] v, double[] g, double alpha, double beta) => new Momentum(alpha, beta).Step(w, g);", "new Momentum(…)" },
        { "06-feature-scaling", "06.1", "StandardiseTest", "double[] StandardiseTest(double[] train, double[] test) { var s = Standardizer.Fit(new Dataset(train.Select(v => new[] { v }).ToArray(), train)); return test.Select(v => s.Transform([v])[0]).ToArray(); }", "new Dataset(…)" },
    };

    [Theory]
    [MemberData(nameof(Shortcuts))]
    public async Task The_library_shortcut_gets_not_yet_and_is_named(string lesson, string exercise, string name, string shortcut, string borrowed)
    {
        using var run = await LessonRun.StartAsync(lesson, editCell: s => AnswerKey.Replace(s, name, shortcut));

        Assert.Empty(run.Errors);
        var feedback = ExerciseChecks.FeedbackFor(run, exercise);
        Assert.StartsWith("✗ Not yet:", feedback);
        Assert.Contains($"your code uses the library's {borrowed}.", feedback);
    }
}
