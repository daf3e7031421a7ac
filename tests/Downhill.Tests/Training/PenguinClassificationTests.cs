using Downhill.Testing;
namespace Downhill.Tests.Training;

/// <summary>The classification lessons: penguins by bill, flipper and mass.</summary>
public sealed class PenguinClassificationTests
{
    private static readonly string[] Measurements = ["bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g"];

    private static string Penguins => Path.Combine(RepositoryPaths.Data, "penguins.csv");

    private static (Dataset Train, Dataset Validation) Standardised(Dataset data)
    {
        var (train, validation) = Split.TrainValidation(data, validationFraction: 0.25, seed: 3);
        var scaler = Standardizer.Fit(train);
        return (scaler.Transform(train), scaler.Transform(validation));
    }

    [Fact]
    public void Logistic_regression_tells_Gentoo_from_the_other_penguins_on_held_back_ones()
    {
        var (train, validation) = Standardised(
            Csv.LoadBinary(Penguins, Measurements, "species", s => s == "Gentoo", "Gentoo", "not Gentoo", MissingValues.DropRows));
        var model = LogisticRegression.For(train);

        var history = Trainer.Fit(model, train, new GradientDescent(0.1), epochs: 50, batchSize: 16, seed: 1, validation: validation);

        Assert.NotEqual(RunOutcome.Diverged, history.Outcome);
        Assert.True(history.FinalValidationLoss < history.ValidationLosses[0] / 5, history.Message);
        // Gentoo differ clearly from the others in bill depth and flipper length: anything below 98% is a bug.
        Assert.True(model.Accuracy(validation) >= 0.98, $"validation accuracy {model.Accuracy(validation):P1}");
    }

    [Fact]
    public void Softmax_regression_tells_all_three_species_apart_on_held_back_penguins()
    {
        var (train, validation) = Standardised(Csv.LoadClasses(Penguins, Measurements, "species", MissingValues.DropRows));
        var model = SoftmaxRegression.For(train);

        var history = Trainer.Fit(model, train, new Adam(0.05), epochs: 100, batchSize: 32, seed: 1, validation: validation);

        Assert.NotEqual(RunOutcome.Diverged, history.Outcome);
        // Chinstrap overlaps Adelie in mass and flippers but not in bill length; a linear model gets ~97% or better.
        Assert.True(model.Accuracy(validation) >= 0.95, $"validation accuracy {model.Accuracy(validation):P1}");
        Assert.Equal(3, model.ClassCount);
    }

    [Fact]
    public void An_untrained_classifier_is_no_better_than_its_starting_guess()
    {
        var (_, validation) = Standardised(Csv.LoadClasses(Penguins, Measurements, "species", MissingValues.DropRows));
        var model = SoftmaxRegression.For(validation);

        // All logits are 0 at the start, so every penguin is put in class 0 (Adelie), about 44% of them.
        Assert.InRange(model.Accuracy(validation), 0.3, 0.6);
        Assert.Equal(Math.Log(3), model.Loss(validation), 12);
    }
}
