namespace Downhill.Notebooks.Parameters;

/// <summary>
/// One knob declared in a notebook's parameters cell, e.g. <c>double alpha = 0.1;</c>.
/// <see cref="TypeName"/> is the C# keyword of its type ("double", "int", "string", …); for
/// <c>var</c> it is the type of the literal it starts with, or null when downhill cannot tell.
/// </summary>
public sealed record ParameterDeclaration(string Name, string? TypeName, bool IsConstant);
