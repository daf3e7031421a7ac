namespace Downhill;

/// <summary>
/// One number in a computation, and how it was made: reverse-mode automatic differentiation one scalar at a time.
/// Each operation below builds a new <see cref="Value"/> that remembers its inputs and a rule that passes its
/// gradient back to them — the operation's local derivative times the gradient arriving from above (the chain
/// rule). <see cref="Backward"/> visits the graph from the output back to the inputs in topological order and
/// runs those rules, so that afterwards every <see cref="Grad"/> holds ∂output/∂(this value).
/// <c>var w = new Value(0.5, "w"); var loss = (w * 3 + 1).Tanh(); loss.Backward(); // w.Grad = 3·(1 − tanh²)</c>.
/// Gradients add up (a value used twice gets both contributions); <see cref="ZeroGrad"/> clears them.
/// </summary>
public sealed partial class Value
{
    private readonly Value[] inputs;
    private Action<Value>? passBack; // given this value, adds its gradient's share to each input; a leaf has none

    /// <summary>A leaf: a number you put in (an input or a parameter), with an optional label for charts.</summary>
    public Value(double data, string label = "")
        : this(data, [], "", label)
    {
        if (!double.IsFinite(data))
            throw new ArgumentException($"A Value must hold a finite number; got {Guard.Show(data)}{Named(label)}.");
    }

    private Value(double data, Value[] inputs, string operation, string label = "")
    {
        Data = data;
        this.inputs = inputs;
        Operation = operation;
        Label = label;
    }

    /// <summary>The number itself (micrograd's <c>data</c>). An optimizer may change a leaf's data between passes.</summary>
    public double Data { get; set; }

    /// <summary>∂output/∂(this value) after <see cref="Backward"/>; 0 before it and after <see cref="ZeroGrad"/>.</summary>
    public double Grad { get; set; }

    /// <summary>A name for charts and messages, e.g. "w1"; "" when none was given.</summary>
    public string Label { get; set; }

    /// <summary>The operation that made this value ("+", "×", "tanh", …); "" for a leaf.</summary>
    public string Operation { get; }

    /// <summary>The values this one was computed from (none for a leaf).</summary>
    public IReadOnlyList<Value> Inputs => inputs;

    /// <summary>"Value(data=0.4621, grad=0.7864)", with the label when there is one.</summary>
    public override string ToString() =>
        $"Value({(Label.Length > 0 ? Label + ": " : "")}data={Guard.Show(Data)}, grad={Guard.Show(Grad)})";

    /// <summary>
    /// Fills in <see cref="Grad"/> of every value this one depends on: its own gradient is 1 (∂out/∂out), then each
    /// node, from the output back to the leaves, passes its gradient to its inputs by its local derivative.
    /// Calling it a second time without <see cref="ZeroGrad"/> would add every gradient again, so that is refused.
    /// </summary>
    public void Backward()
    {
        if (Grad != 0)
            throw new InvalidOperationException(
                $"Backward() was already run through this value{Named(Label)} and its gradients are still there; running it again would add " +
                "them a second time and double every gradient. Call ZeroGrad() first (or build the expression again).");
        var order = TopologicalOrder();
        Grad = 1;
        for (var i = order.Count - 1; i >= 0; i--)
        {
            var node = order[i];
            node.passBack?.Invoke(node);
            if (!double.IsFinite(node.Grad))
                throw new InvalidOperationException(
                    $"The gradient reaching {Describe(node)} is {Guard.Show(node.Grad)}, not a finite number: a step before it overflowed.");
        }
    }

    /// <summary>Sets the gradient of this value and of everything it was computed from back to 0.</summary>
    public void ZeroGrad()
    {
        foreach (var node in TopologicalOrder()) node.Grad = 0;
    }

    /// <summary>
    /// Every value this one depends on, itself last, each after all of its inputs (a topological order): the order
    /// of the forward pass, and reversed, the order of the backward pass. Walked with an explicit stack rather than
    /// recursion, so a graph a million operations deep cannot overflow the call stack.
    /// </summary>
    public IReadOnlyList<Value> TopologicalOrder()
    {
        var order = new List<Value>();
        var visited = new HashSet<Value>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<(Value Node, int NextInput)>();
        stack.Push((this, 0));
        visited.Add(this);
        while (stack.Count > 0)
        {
            var (node, next) = stack.Pop();
            if (next < node.inputs.Length)
            {
                stack.Push((node, next + 1));
                var input = node.inputs[next];
                if (visited.Add(input)) stack.Push((input, 0));
            }
            else order.Add(node); // all of its inputs are already in the list
        }
        return order;
    }

    /// <summary>
    /// A new value computed from <paramref name="from"/>, with the rule that passes its gradient back. A result that is
    /// not a finite number (log 0, an exp that overflowed) is refused here, where it happens, with the operation named.
    /// </summary>
    private static Value Make(double data, string operation, Value[] from, Action<Value> passBack)
    {
        if (!double.IsFinite(data))
            throw new InvalidOperationException(
                $"{operation} of {string.Join(" and ", from.Select(Describe))} gives {Guard.Show(data)}, not a finite number, so no gradient can flow through it.");
        return new Value(data, from, operation) { passBack = passBack };
    }

    private static string Describe(Value v) =>
        v.Label.Length > 0 ? $"{v.Label} = {Guard.Show(v.Data)}" : Guard.Show(v.Data);

    private static string Named(string label) => label.Length > 0 ? $" ({label})" : "";
}
