using System.Reflection;
using System.Reflection.Emit;

namespace Downhill;

/// <summary>
/// Finds where a student's code calls the kit's library. A write-it exercise asks the student to write a piece the
/// library already has (Huber's slope, a step-decay schedule, the descent loop); an answer that calls that piece
/// passes every behaviour test without teaching anything, so the check looks at what the code calls before it runs it.
/// </summary>
/// <remarks>
/// It reads the compiled code's IL: every method called, constructed or turned into a delegate (so lambdas and local
/// functions count), following the student's own helper methods — those in the same compiled module — to any depth.
/// Code it cannot read (a dynamic method) is taken as calling nothing: the behaviour tests still grade it.
/// </remarks>
internal static class LibraryShortcut
{
    private static readonly Assembly[] Kit = [typeof(Landscape).Assembly, typeof(LibraryShortcut).Assembly];

    /// <summary>
    /// The first kit member the code calls that is not in <paramref name="allowed"/>, written as a student writes it
    /// ("Landscape.Gradient", a property as "Landscape.Dimensions", a constructor as "new Momentum(…)"); null when it
    /// calls none.
    /// </summary>
    public static string? Find(Delegate code, IReadOnlyCollection<string> allowed)
    {
        var visited = new HashSet<MethodBase>();
        var pending = new Stack<MethodBase>(code.GetInvocationList().Select(d => d.Method));
        var home = code.Method.Module;
        while (pending.Count > 0)
        {
            var method = pending.Pop();
            if (!visited.Add(method)) continue;
            foreach (var called in CalledBy(method))
            {
                if (Kit.Contains(called.DeclaringType?.Assembly))
                {
                    var name = Describe(called);
                    if (!allowed.Contains(name)) return name;
                }
                else if (called.Module == home)
                {
                    pending.Push(called);
                }
            }
        }
        return null;
    }

    // get_Dimensions is the property Dimensions; a constructor is written as the student wrote it, "new Momentum(…)".
    private static string Describe(MethodBase method) => method switch
    {
        ConstructorInfo => $"new {method.DeclaringType!.Name}(…)",
        _ when method.IsSpecialName && method.Name.StartsWith("get_", StringComparison.Ordinal) => $"{method.DeclaringType!.Name}.{method.Name[4..]}",
        _ => $"{method.DeclaringType!.Name}.{method.Name}",
    };

    /// <summary>The methods whose tokens <paramref name="method"/>'s IL names: call, callvirt, newobj, ldftn, ldvirtftn.</summary>
    private static IEnumerable<MethodBase> CalledBy(MethodBase method)
    {
        byte[]? il;
        try
        {
            il = method.GetMethodBody()?.GetILAsByteArray();
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException)
        {
            yield break;
        }
        if (il is null) yield break;
        var typeArguments = method.DeclaringType is { IsGenericType: true } t ? t.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var at = 0; at < il.Length;)
        {
            var opCode = il[at] == 0xFE ? TwoByte[il[at + 1]] : OneByte[il[at]];
            at += opCode.Size;
            if (opCode.OperandType == OperandType.InlineMethod)
            {
                MethodBase? called = null;
                try
                {
                    called = method.Module.ResolveMethod(BitConverter.ToInt32(il, at), typeArguments, methodArguments);
                }
                catch (Exception e) when (e is ArgumentException or BadImageFormatException)
                {
                    // A token this module cannot resolve names nothing the student wrote.
                }
                if (called is not null) yield return called;
            }
            at += OperandSize(opCode, il, at);
        }
    }

    private static int OperandSize(OpCode opCode, byte[] il, int at) => opCode.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, at),
        _ => 4,
    };

    private static readonly OpCode[] OneByte = new OpCode[256];
    private static readonly OpCode[] TwoByte = new OpCode[256];

    static LibraryShortcut()
    {
        foreach (var field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var opCode = (OpCode)field.GetValue(null)!;
            var value = (ushort)opCode.Value;
            if (opCode.Size == 1) OneByte[value] = opCode;
            else TwoByte[value & 0xFF] = opCode;
        }
    }
}
