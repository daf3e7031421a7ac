namespace Downhill;

/// <summary>A model whose targets are class indices 0, 1, …: it predicts a class and can be scored by accuracy.</summary>
public abstract class Classifier : Model
{
    private protected Classifier(int featureCount, int classCount, int parameterCount, IReadOnlyList<string>? featureNames)
        : base(featureCount, parameterCount, featureNames)
    {
        ClassCount = classCount;
    }

    /// <summary>How many classes the model tells apart.</summary>
    public int ClassCount { get; }

    /// <summary>The share of examples in <paramref name="data"/> whose most likely class is their target, from 0 to 1.</summary>
    public double Accuracy(Dataset data)
    {
        CheckData(data, "data");
        var correct = 0;
        for (var i = 0; i < data.Count; i++)
            if (MostLikelyClass(data.Row(i)) == (int)data.TargetArray[i]) correct++;
        return (double)correct / data.Count;
    }

    /// <summary>The most likely class for features already checked.</summary>
    private protected abstract int MostLikelyClass(ReadOnlySpan<double> features);

    private protected override void CheckTargets(Dataset data, string role)
    {
        var targets = data.TargetArray;
        for (var i = 0; i < targets.Length; i++)
        {
            var t = targets[i];
            if (t != Math.Floor(t) || t < 0 || t >= ClassCount)
                throw new ArgumentException(
                    $"This {Name} tells {ClassCount} classes apart, so targets must be class indices 0 to {ClassCount - 1}; " +
                    $"example {i} of the {role} has target {t}.");
        }
        if (data.IsClassification && data.ClassCount != ClassCount)
            throw new ArgumentException(
                $"This {Name} tells {ClassCount} classes apart, but the {role} has {data.ClassCount} ({string.Join(", ", data.ClassNames)}).");
    }
}
