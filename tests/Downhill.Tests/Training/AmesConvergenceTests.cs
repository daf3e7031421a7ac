using Downhill.Testing;
namespace Downhill.Tests.Training;

/// <summary>
/// The lesson "scale your features": on standardised Ames data mini-batch descent lands on the least-squares
/// answer; on the raw data the same step size blows up, and a step small enough to survive barely moves.
/// </summary>
public sealed class AmesConvergenceTests
{
    private static readonly string[] Features = ["gr_liv_area_sqft", "total_bsmt_sqft", "year_built", "garage_cars"];
    private const double LearningRate = 0.1;

    private static TrainValidationSplit LoadAmes() =>
        Split.TrainValidation(
            Csv.Load(Path.Combine(RepositoryPaths.Data, "ames-housing.csv"), Features, "sale_price_usd"),
            validationFraction: 0.2, seed: 7);

    private static double RelativeDistance(double[] actual, double[] expected) =>
        Math.Sqrt(actual.Zip(expected, (a, b) => (a - b) * (a - b)).Sum()) / Math.Sqrt(expected.Sum(e => e * e));

    private static double[] AsParameters(LeastSquaresSolution fit) => [.. fit.Weights, fit.Intercept];

    [Fact]
    public void Mini_batch_descent_on_standardised_Ames_reaches_the_normal_equation_solution_to_1e_minus_6()
    {
        var (rawTrain, rawValidation) = LoadAmes();
        var scaler = Standardizer.Fit(rawTrain, scaleTarget: true);
        var train = scaler.Transform(rawTrain);
        var exact = LeastSquares.NormalEquation(train.FeatureRows(), train.Targets.ToArray());

        // Each batch pulls its own way, so at a constant step the parameters hover around the minimum. A step
        // that shrinks like 1/t lets them settle (the rates still add up to infinity, so they never freeze);
        // the hovering shrinks about as fast as the step. The run stops when the whole training gradient's norm is
        // at most 5e-7 (it starts at 2.53): about 51,000 epochs of 37 steps with this seed.
        var model = LinearRegression.For(train);
        var history = Trainer.Fit(model, train, new GradientDescent(LearningRate), epochs: 100_000, batchSize: 64, seed: 1,
            validation: scaler.Transform(rawValidation), schedule: Schedule.InverseTime(2), tolerance: 5e-7);

        Assert.Equal(RunOutcome.Converged, history.Outcome);
        Assert.InRange(RelativeDistance(model.Parameters, AsParameters(exact)), 0, 1e-6);
        var lossGap = (model.Loss(train) - exact.MeanSquaredError) / exact.MeanSquaredError;
        Assert.InRange(lossGap, 0, 1e-12);
    }

    [Fact]
    public void Mini_batch_descent_with_a_step_that_shrinks_too_fast_freezes_short_of_the_solution()
    {
        var (rawTrain, _) = LoadAmes();
        var train = Standardizer.Fit(rawTrain, scaleTarget: true).Transform(rawTrain);
        var exact = LeastSquares.NormalEquation(train.FeatureRows(), train.Targets.ToArray());

        // ×0.995 per epoch: the rates add up to a finite total, so the parameters stop moving (the step is
        // 0.1·0.995²⁰⁰⁰ ≈ 4e-6 by the end) while the last batches' jostle is still in them.
        var model = LinearRegression.For(train);
        Trainer.Fit(model, train, new GradientDescent(LearningRate), epochs: 2000, batchSize: 64, seed: 1,
            schedule: Schedule.Exponential(0.995), tolerance: 0);

        Assert.InRange(RelativeDistance(model.Parameters, AsParameters(exact)), 1e-5, 1e-3);
    }

    [Fact]
    public void Full_batch_descent_on_standardised_Ames_reaches_the_normal_equation_solution_to_1e_minus_6()
    {
        var (rawTrain, _) = LoadAmes();
        var train = Standardizer.Fit(rawTrain, scaleTarget: true).Transform(rawTrain);
        var exact = LeastSquares.NormalEquation(train.FeatureRows(), train.Targets.ToArray());

        var model = LinearRegression.For(train);
        var history = Trainer.Fit(model, train, new GradientDescent(LearningRate), epochs: 1000, tolerance: 1e-9);

        Assert.Equal(RunOutcome.Converged, history.Outcome);
        Assert.InRange(RelativeDistance(model.Parameters, AsParameters(exact)), 0, 1e-6);
    }

    [Fact]
    public void Unscaled_Ames_at_the_same_step_size_diverges_and_the_outcome_says_so()
    {
        var (train, _) = LoadAmes();

        var model = LinearRegression.For(train);
        var history = Trainer.Fit(model, train, new GradientDescent(LearningRate), epochs: 2000, batchSize: 64, seed: 1,
            schedule: Schedule.Exponential(0.995));

        Assert.Equal(RunOutcome.Diverged, history.Outcome);
        Assert.Equal(1, history.DivergedAtEpoch);
        Assert.StartsWith("diverged in epoch 1:", history.Message);
        Assert.Contains("standardise the features", history.Message);
        // The run keeps its last finite state: the starting point, whose loss still draws.
        Assert.Single(history.Epochs);
        Assert.All(model.Parameters, p => Assert.Equal(0, p));
    }

    [Fact]
    public void Unscaled_Ames_at_a_step_small_enough_to_survive_crawls_and_the_outcome_says_so()
    {
        var (train, _) = LoadAmes();
        var exact = LeastSquares.Solve(train.FeatureRows(), train.Targets.ToArray());

        // Living area is ~1,500 and the year ~1970, so the loss curves ~10⁷ times more steeply along those
        // weights than along the intercept: a step that does not blow up hardly moves the intercept at all.
        var model = LinearRegression.For(train);
        var history = Trainer.Fit(model, train, new GradientDescent(1e-8), epochs: 200, batchSize: 64, seed: 1);

        Assert.Equal(RunOutcome.StepLimitReached, history.Outcome);
        Assert.StartsWith("stopped at the epoch limit (200 epochs)", history.Message);
        Assert.True(history.FinalTrainLoss < history.TrainLosses[0], "the loss should at least go down");
        Assert.True(RelativeDistance(model.Parameters, AsParameters(exact)) > 0.5, $"{model} vs {exact}");
    }
}
