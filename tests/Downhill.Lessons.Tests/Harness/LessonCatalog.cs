namespace Downhill.Lessons.Tests.Harness;

/// <summary>
/// The lesson sequence and, for each notebook, the knobs its parameters cell declares that the
/// parameter sweep turns to silly values (every notebook has <c>alpha</c>; step counts and batch
/// sizes go by different names where a lesson counts epochs rather than steps).
/// </summary>
public static class LessonCatalog
{
    public static readonly IReadOnlyList<string> All =
    [
        "00-start-here",
        "01-loss-functions",
        "02-update-rule",
        "03-learning-rates",
        "04-local-minima",
        "05-sgd-vs-adam",
        "06-feature-scaling",
        "07-train-vs-test",
        "08-backpropagation",
        "09-neural-network-landscapes",
    ];

    /// <summary>The integer knobs that count steps or epochs, per notebook.</summary>
    public static IReadOnlyList<string> StepKnobs(string lesson) => lesson switch
    {
        "02-update-rule" => ["steps", "epochs"],
        "03-learning-rates" => ["steps", "noisySteps"],
        "04-local-minima" => ["steps", "saddleSteps"],
        "05-sgd-vs-adam" => ["steps", "epochs"],
        "07-train-vs-test" => ["epochs"],
        "08-backpropagation" => ["epochs"],
        "09-neural-network-landscapes" => ["epochs", "steps"],
        _ => ["steps"],
    };

    /// <summary>The knobs that set a batch size, per notebook (only lessons that train in batches have one).</summary>
    public static IReadOnlyList<string> BatchKnobs(string lesson) => lesson switch
    {
        "05-sgd-vs-adam" => ["batchSize"],
        "08-backpropagation" => ["batchSize"],
        _ => [],
    };

    public static string PathOf(string lesson) => Path.Combine(RepositoryPaths.Notebooks, lesson + ".ipynb");

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var lesson in All) data.Add(lesson);
        return data;
    }
}
