using Downhill.Testing;

namespace Downhill.Jupyter.Tests.Hub;

/// <summary>
/// A small class on a real JupyterHub: Debian's jupyterhub and configurable-http-proxy on 127.0.0.1, three students
/// at once, each opening lesson 03 and running every cell with the `downhill` kernel through the hub's REST and
/// WebSocket API (class_on_hub.py), as JupyterLab would for them.
/// </summary>
public sealed class ClassOnHubTests
{
    [Fact]
    public void Three_students_run_lesson_03_on_JupyterHub_without_errors_and_nothing_outlives_the_hub()
    {
        Prerequisites.RequireNothingMissing(ClassOnHub.MissingPrerequisite());
        Prerequisites.RequirePythonModules("tornado", "jupyterhub", "notebook");
        using var spec = new KernelSpecInTemporaryPrefix();

        var report = ClassOnHub.Run(spec.JupyterPath, students: 3, timeout: TimeSpan.FromMinutes(8));

        Assert.True(report.Failure is null, $"{report.Failure}\n{report.HubLogTail}");
        Assert.Equal(3, report.Students.Count);
        foreach (var student in report.Students)
        {
            Assert.True(student.Errors.Count == 0, $"{student.Name}: {string.Join("; ", student.Errors)}\n{report.HubLogTail}");
            Assert.True(student.CellsInLesson > 0 && student.Cells == student.CellsInLesson, $"{student.Name} ran {student.Cells} of {student.CellsInLesson} cells");
        }
        Assert.Equal(3, report.Kernels.Count); // one downhill kernel per student, seen running while the class ran
        Assert.Empty(report.Leftovers); // the hub stopped the proxy, the servers and their kernels
    }
}
