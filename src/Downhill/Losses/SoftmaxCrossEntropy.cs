namespace Downhill;

/// <summary>
/// Softmax cross-entropy as PyTorch's CrossEntropyLoss with class indices: for logits z over K classes and
/// the true class c, ℓ = log Σₖ e^(zₖ) − z_c (log-sum-exp, stable at any logit), and ∂ℓ/∂zₖ = softmax(z)ₖ − [k = c].
/// A batch (one row of logits per example) averages over the rows.
/// </summary>
public sealed class SoftmaxCrossEntropy
{
    /// <summary>"softmax cross-entropy".</summary>
    public string Name => "softmax cross-entropy";

    /// <summary>ℓ for one example.</summary>
    public double Value(double[] logits, int trueClass)
    {
        Check(logits, trueClass);
        return Logits.LogSumExp(logits.AsSpan()) - logits[trueClass];
    }

    /// <summary>∂ℓ/∂z for one example: softmax(z) minus the one-hot vector of the true class.</summary>
    public double[] Gradient(double[] logits, int trueClass)
    {
        Check(logits, trueClass);
        var gradient = new double[logits.Length];
        Logits.Softmax(logits, gradient);
        gradient[trueClass] -= 1;
        return gradient;
    }

    /// <summary>The mean of ℓ over a batch: one row of logits per example, one class index per row.</summary>
    public double Value(double[,] logits, int[] trueClasses)
    {
        CheckBatch(logits, trueClasses);
        var (rows, classes) = (logits.GetLength(0), logits.GetLength(1));
        var row = new double[classes];
        var sum = 0.0;
        for (var i = 0; i < rows; i++)
        {
            for (var k = 0; k < classes; k++) row[k] = logits[i, k];
            sum += Logits.LogSumExp(row.AsSpan()) - row[trueClasses[i]];
        }
        return sum / rows;
    }

    /// <summary>∂(mean ℓ)/∂z for a batch: (softmax(zᵢ) − one-hot(cᵢ)) / n for each row i.</summary>
    public double[,] Gradient(double[,] logits, int[] trueClasses)
    {
        CheckBatch(logits, trueClasses);
        var (rows, classes) = (logits.GetLength(0), logits.GetLength(1));
        var gradient = new double[rows, classes];
        var row = new double[classes];
        var probabilities = new double[classes];
        for (var i = 0; i < rows; i++)
        {
            for (var k = 0; k < classes; k++) row[k] = logits[i, k];
            Logits.Softmax(row, probabilities);
            probabilities[trueClasses[i]] -= 1;
            for (var k = 0; k < classes; k++) gradient[i, k] = probabilities[k] / rows;
        }
        return gradient;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name}: ℓ(z, c) = log Σₖ e^(zₖ) − z_c";

    private static void Check(double[] logits, int trueClass)
    {
        Guard.FiniteVector(logits, "the logits");
        if (logits.Length < 2)
            throw new ArgumentException($"softmax cross-entropy needs a logit for each of at least 2 classes; got {logits.Length}.");
        if (trueClass < 0 || trueClass >= logits.Length)
            throw new ArgumentException(
                $"the true class must be a class index from 0 to {logits.Length - 1}; got {trueClass}.");
    }

    private static void CheckBatch(double[,] logits, int[] trueClasses)
    {
        Guard.FiniteMatrix(logits, "the logits");
        Guard.NotEmpty(trueClasses, "the true classes");
        var (rows, classes) = (logits.GetLength(0), logits.GetLength(1));
        if (classes < 2)
            throw new ArgumentException($"softmax cross-entropy needs a logit for each of at least 2 classes; got {classes} column(s).");
        if (trueClasses.Length != rows)
            throw new ArgumentException($"softmax cross-entropy needs one true class per row of logits; got {rows} row(s) and {trueClasses.Length} class(es).");
        for (var i = 0; i < rows; i++)
        {
            if (trueClasses[i] < 0 || trueClasses[i] >= classes)
                throw new ArgumentException(
                    $"the true class of row {i} must be a class index from 0 to {classes - 1}; got {trueClasses[i]}.");
        }
    }
}
