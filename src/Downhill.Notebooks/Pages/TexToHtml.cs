using System.Text;

namespace Downhill.Notebooks.Pages;

/// <summary>
/// Makes the TeX inside $…$ and $$…$$ readable without a math engine: Greek letters and operators
/// become their Unicode characters, ^ and _ become superscripts and subscripts, \frac stacks, and
/// anything it does not know stays as written. Pages must work offline and no offline KaTeX is
/// vendored, so this is the small, dependable choice; what it cannot typeset still reads as TeX.
/// </summary>
public static class TexToHtml
{
    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] = "ϵ", ["varepsilon"] = "ε",
        ["zeta"] = "ζ", ["eta"] = "η", ["theta"] = "θ", ["vartheta"] = "ϑ", ["iota"] = "ι", ["kappa"] = "κ",
        ["lambda"] = "λ", ["mu"] = "μ", ["nu"] = "ν", ["xi"] = "ξ", ["pi"] = "π", ["rho"] = "ρ", ["sigma"] = "σ",
        ["tau"] = "τ", ["upsilon"] = "υ", ["phi"] = "ϕ", ["varphi"] = "φ", ["chi"] = "χ", ["psi"] = "ψ", ["omega"] = "ω",
        ["Gamma"] = "Γ", ["Delta"] = "Δ", ["Theta"] = "Θ", ["Lambda"] = "Λ", ["Xi"] = "Ξ", ["Pi"] = "Π",
        ["Sigma"] = "Σ", ["Phi"] = "Φ", ["Psi"] = "Ψ", ["Omega"] = "Ω",
        ["nabla"] = "∇", ["partial"] = "∂", ["cdot"] = "·", ["times"] = "×", ["div"] = "÷", ["pm"] = "±", ["mp"] = "∓",
        ["leq"] = "≤", ["le"] = "≤", ["geq"] = "≥", ["ge"] = "≥", ["neq"] = "≠", ["ne"] = "≠", ["approx"] = "≈",
        ["sim"] = "∼", ["propto"] = "∝", ["equiv"] = "≡", ["ll"] = "≪", ["gg"] = "≫",
        ["to"] = "→", ["rightarrow"] = "→", ["leftarrow"] = "←", ["gets"] = "←", ["Rightarrow"] = "⇒", ["implies"] = "⇒",
        ["infty"] = "∞", ["sum"] = "∑", ["prod"] = "∏", ["int"] = "∫", ["in"] = "∈", ["notin"] = "∉",
        ["forall"] = "∀", ["exists"] = "∃", ["ldots"] = "…", ["cdots"] = "⋯", ["dots"] = "…", ["top"] = "⊤",
        ["mid"] = "∣", ["Vert"] = "‖", ["lVert"] = "‖", ["rVert"] = "‖", ["|"] = "‖", ["vert"] = "|", ["lvert"] = "|", ["rvert"] = "|",
        ["langle"] = "⟨", ["rangle"] = "⟩", ["circ"] = "∘", ["odot"] = "⊙", ["star"] = "⋆", ["ast"] = "∗",
        ["quad"] = "\u2003", ["qquad"] = "\u2003\u2003", [","] = "\u2009", [";"] = "\u2005", [":"] = "\u2005", ["!"] = "", [" "] = " ",
        ["{"] = "{", ["}"] = "}", ["%"] = "%", ["_"] = "_", ["&"] = "&", ["#"] = "#", ["\\"] = "\n",
        ["left"] = "", ["right"] = "", ["big"] = "", ["Big"] = "", ["bigl"] = "", ["bigr"] = "", ["displaystyle"] = "",
    };

    /// <summary>Symbols that bind to what follows them (letters, ∇, ∂), unlike relations and operators.</summary>
    private static readonly HashSet<string> Ordinary =
    [
        "alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta", "theta", "vartheta", "iota", "kappa", "lambda",
        "mu", "nu", "xi", "pi", "rho", "sigma", "tau", "upsilon", "phi", "varphi", "chi", "psi", "omega",
        "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Phi", "Psi", "Omega", "nabla", "partial",
    ];

    private static readonly HashSet<string> Functions =
        ["log", "ln", "exp", "min", "max", "sin", "cos", "tan", "tanh", "sgn", "arg", "argmin", "argmax", "det", "lim", "sup", "inf"];

    private static readonly Dictionary<string, string> Blackboard = new() { ["R"] = "ℝ", ["N"] = "ℕ", ["Z"] = "ℤ", ["Q"] = "ℚ", ["E"] = "𝔼" };

    private static readonly Dictionary<string, char> Accents = new() { ["hat"] = '\u0302', ["bar"] = '\u0304', ["tilde"] = '\u0303', ["vec"] = '\u20D7', ["dot"] = '\u0307' };

    /// <summary>
    /// Groups and scripts nested deeper than this are not converted: real formulas nest a handful of levels, and
    /// a crafted one (200,000 "{") would otherwise recurse until the stack overflows and ends the process.
    /// </summary>
    public const int MaxNesting = 64;

    [ThreadStatic] private static int nesting;

    /// <summary>HTML for <paramref name="tex"/>; the result is escaped and safe to place in a page.</summary>
    public static string Convert(string tex)
    {
        var output = new StringBuilder();
        var position = 0;
        nesting = 0;
        try
        {
            Sequence(tex, ref position, output, stopAtBrace: false);
        }
        catch (TooDeep)
        {
            return HtmlText.Encode(tex); // shown as the TeX it is
        }
        return output.ToString();
    }

    private sealed class TooDeep : Exception;

    private static void Sequence(string tex, ref int i, StringBuilder output, bool stopAtBrace)
    {
        while (i < tex.Length)
        {
            if (stopAtBrace && tex[i] == '}') { i++; return; }
            Atom(tex, ref i, output);
        }
    }

    /// <summary>One unit: a group, a command with its arguments, a script, or a character.</summary>
    private static void Atom(string tex, ref int i, StringBuilder output)
    {
        if (++nesting > MaxNesting) throw new TooDeep();
        try
        {
            AtomWithin(tex, ref i, output);
        }
        finally
        {
            nesting--;
        }
    }

    private static void AtomWithin(string tex, ref int i, StringBuilder output)
    {
        var c = tex[i];
        switch (c)
        {
            case '{':
                i++;
                Sequence(tex, ref i, output, stopAtBrace: true);
                return;
            case '^' or '_':
                i++;
                var tag = c == '^' ? "sup" : "sub";
                output.Append('<').Append(tag).Append('>').Append(Argument(tex, ref i)).Append("</").Append(tag).Append('>');
                return;
            case '\\':
                Command(tex, ref i, output);
                return;
            case '\'':
                i++;
                output.Append('′');
                return;
            case '-':
                i++;
                output.Append('−'); // TeX sets a minus sign, not a hyphen
                return;
            default:
                i++;
                output.Append(HtmlText.Encode(c.ToString()));
                return;
        }
    }

    private static void Command(string tex, ref int i, StringBuilder output)
    {
        i++; // the backslash
        var start = i;
        if (i < tex.Length && char.IsLetter(tex[i]))
            while (i < tex.Length && char.IsLetter(tex[i])) i++;
        else if (i < tex.Length)
            i++;
        var name = tex[start..i];

        if (Symbols.TryGetValue(name, out var symbol))
        {
            output.Append(HtmlText.Encode(symbol));
            // "\nabla f" is ∇f: TeX eats the space after a control word; operators (≤, ←) keep theirs for air.
            if (Ordinary.Contains(name) && i + 1 < tex.Length && tex[i] == ' ' && (char.IsLetterOrDigit(tex[i + 1]) || tex[i + 1] == '('))
                i++;
            return;
        }
        if (Functions.Contains(name)) { output.Append("<span class=\"fn\">").Append(name.Replace("arg", "arg ").TrimEnd()).Append("</span>"); return; }
        switch (name)
        {
            case "frac" or "dfrac" or "tfrac":
                var numerator = Argument(tex, ref i);
                var denominator = Argument(tex, ref i);
                output.Append("<span class=\"frac\"><span>").Append(numerator).Append("</span><span>").Append(denominator).Append("</span></span>");
                return;
            case "sqrt":
                output.Append("√<span class=\"radicand\">").Append(Argument(tex, ref i)).Append("</span>");
                return;
            case "text" or "mathrm" or "operatorname" or "textrm" or "mbox":
                output.Append("<span class=\"fn\">").Append(Argument(tex, ref i)).Append("</span>");
                return;
            case "mathbf" or "boldsymbol" or "bm":
                output.Append("<b>").Append(Argument(tex, ref i)).Append("</b>");
                return;
            case "mathbb":
                var letter = Argument(tex, ref i);
                output.Append(Blackboard.TryGetValue(letter, out var bb) ? bb : letter);
                return;
            case "mathcal" or "mathit" or "emph":
                output.Append("<i>").Append(Argument(tex, ref i)).Append("</i>");
                return;
        }
        if (Accents.TryGetValue(name, out var accent))
        {
            output.Append(Argument(tex, ref i)).Append(accent);
            return;
        }
        output.Append(HtmlText.Encode("\\" + name)); // unknown: keep it readable as TeX
    }

    /// <summary>The next argument: a braced group, a command, or one character, converted.</summary>
    private static string Argument(string tex, ref int i)
    {
        while (i < tex.Length && tex[i] == ' ') i++;
        if (i >= tex.Length) return "";
        var output = new StringBuilder();
        Atom(tex, ref i, output);
        return output.ToString();
    }
}
