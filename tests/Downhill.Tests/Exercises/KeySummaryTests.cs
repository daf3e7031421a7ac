using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Downhill.Tests.Exercises;

/// <summary>
/// A key's documentation is what Go to Definition and the kernel's inspect (Shift-Tab) show a student, so it must never
/// give the answer away. Tried the only way that is sure: every number (and true/false) a check's summary mentions is
/// given to that check as the answer, and none may be graded correct.
/// </summary>
public sealed partial class KeySummaryTests
{
    [GeneratedRegex(@"−?-?\d+(?:\.\d+)?")]
    private static partial Regex Number();

    public static TheoryData<string> Checks()
    {
        var data = new TheoryData<string>();
        foreach (var method in SingleAnswerChecks()) data.Add($"{method.DeclaringType!.Name}.{method.Name}");
        return data;
    }

    private static IEnumerable<MethodInfo> SingleAnswerChecks() =>
        typeof(Lesson00).Assembly.GetExportedTypes()
            .Where(t => Regex.IsMatch(t.Name, @"^Lesson\d\d$"))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(m => m.ReturnType == typeof(Feedback) && m.GetParameters() is [{ } p] && (p.ParameterType == typeof(double) || p.ParameterType == typeof(int) || p.ParameterType == typeof(bool)));

    private static readonly Lazy<XDocument> Documentation = new(() =>
        XDocument.Load(Path.ChangeExtension(typeof(Lesson00).Assembly.Location, ".xml")));

    [Fact]
    public void Every_single_answer_check_is_found_and_documented()
    {
        Assert.True(SingleAnswerChecks().Count() >= 10, "the keys' single-answer checks were not found");
    }

    [Theory]
    [MemberData(nameof(Checks))]
    public void No_number_in_a_checks_summary_is_its_answer(string check)
    {
        var method = SingleAnswerChecks().Single(m => $"{m.DeclaringType!.Name}.{m.Name}" == check);
        var parameter = method.GetParameters()[0].ParameterType;
        var id = $"M:{method.DeclaringType!.FullName}.{method.Name}({parameter.FullName})";
        var summary = Documentation.Value.Descendants("member").SingleOrDefault(m => (string?)m.Attribute("name") == id)?.Element("summary")?.Value;
        Assert.False(string.IsNullOrWhiteSpace(summary), $"{check} has no summary");

        var tried = new List<object>();
        if (parameter == typeof(bool)) tried.AddRange(new[] { true, false }.Where(b => summary!.Contains(b ? "true" : "false", StringComparison.OrdinalIgnoreCase)).Cast<object>());
        foreach (Match match in Number().Matches(summary!))
        {
            var value = double.Parse(match.Value.Replace('−', '-').Replace("--", "-"), CultureInfo.InvariantCulture);
            if (parameter == typeof(int) && value != Math.Floor(value)) continue;
            tried.Add(parameter == typeof(int) ? (object)(int)value : (object)value);
        }
        foreach (var answer in tried)
        {
            var feedback = (Feedback)method.Invoke(null, [answer])!;
            Assert.False(feedback.IsCorrect, $"{check}'s summary gives its answer away: {answer} (\"{summary!.Trim()}\")");
        }
    }
}
