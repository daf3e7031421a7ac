using System.Reflection;
using System.Text.RegularExpressions;

namespace Downhill.Lessons.Tests;

/// <summary>
/// The student's library stays small and every piece of it earns its place: each public type and member is used by a
/// lesson (its notebook or its checks) or named in the README's "The library at a glance", under its type. Overrides are
/// documented where they are declared first (Landscape.Formula, not Parabola.Formula).
/// </summary>
public sealed partial class LibrarySurfaceTests
{
    private static readonly Assembly Library = typeof(Landscape).Assembly;

    [GeneratedRegex(@"^- `.*$", RegexOptions.Multiline)]
    private static partial Regex GlanceLine();

    [GeneratedRegex(@"`(?<name>[A-Za-z]+)`")]
    private static partial Regex Quoted();

    private static string LessonsText() => string.Join("\n",
        Directory.EnumerateFiles(RepositoryPaths.Notebooks, "*.ipynb").Concat(
            Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src", "Downhill.Lessons"), "*.cs", SearchOption.AllDirectories))
        .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
        .Select(File.ReadAllText));

    private static IEnumerable<string> OwnMembers(Type type) => type
        .GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
        .Where(m => m switch
        {
            MethodInfo method => !method.IsSpecialName && method.GetBaseDefinition() == method,
            PropertyInfo property => property.GetMethod is not { } get || get.GetBaseDefinition() == get,
            FieldInfo field => !field.IsSpecialName,
            ConstructorInfo or Type => false,
            _ => true,
        })
        .Select(m => m.Name)
        .Where(n => n is not ("ToString" or "Equals" or "GetHashCode" or "Deconstruct" or "<Clone>$" or "EqualityContract" or "PrintMembers"))
        .Distinct();

    [Fact]
    public void The_library_has_at_most_65_public_types()
    {
        Assert.InRange(Library.GetExportedTypes().Length, 1, 65);
    }

    [Fact]
    public void Every_public_member_is_used_by_a_lesson_or_named_in_the_readme_under_its_type()
    {
        var lessons = LessonsText();
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        // A line of the glance speaks for every type it names in backticks.
        var glance = new Dictionary<string, string>();
        foreach (Match line in GlanceLine().Matches(readme))
            foreach (Match name in Quoted().Matches(line.Value))
                glance[name.Groups["name"].Value] = glance.TryGetValue(name.Groups["name"].Value, out var before) ? before + line.Value : line.Value;
        var missing = new List<string>();
        foreach (var type in Library.GetExportedTypes().OrderBy(t => t.Name))
        {
            var named = glance.TryGetValue(type.Name, out var line);
            if (!named && !Regex.IsMatch(lessons, $@"\b{type.Name}\b")) missing.Add(type.Name);
            foreach (var member in OwnMembers(type))
                if (!Regex.IsMatch(lessons, $@"\.{Regex.Escape(member)}\b|\b{Regex.Escape(member)}\s*:") && !(named && Regex.IsMatch(line!, $@"\b{Regex.Escape(member)}\b")))
                    missing.Add($"{type.Name}.{member}");
        }
        Assert.True(missing.Count == 0, "Neither used by a lesson nor in the README's glance: " + string.Join(", ", missing));
    }
}
