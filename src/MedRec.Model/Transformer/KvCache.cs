using static TorchSharp.torch;

namespace MedRec.Model.Transformer;

/// <summary>
/// Keys and values of past positions, per layer, shape (B, KvH, T, D) before GQA expansion.
/// The tensors live outside every dispose scope; dispose the cache when generation ends.
/// </summary>
public sealed class KvCache(int layers) : IDisposable
{
    private readonly Tensor?[] _keys = new Tensor?[layers];
    private readonly Tensor?[] _values = new Tensor?[layers];

    /// <summary>Number of cached positions (that of layer 0; all layers agree after a full forward).</summary>
    public int Length => _keys[0] is { } k ? (int)k.shape[2] : 0;

    /// <summary>Append this step's k, v (B, KvH, T, D) for a layer; returns all keys and values so far.</summary>
    public (Tensor Keys, Tensor Values) Append(int layer, Tensor k, Tensor v)
    {
        var oldK = _keys[layer];
        var oldV = _values[layer];
        var newK = oldK is null ? k.detach().clone() : cat([oldK, k.detach()], 2);
        var newV = oldV is null ? v.detach().clone() : cat([oldV, v.detach()], 2);
        _keys[layer] = newK.DetachFromDisposeScope();
        _values[layer] = newV.DetachFromDisposeScope();
        oldK?.Dispose();
        oldV?.Dispose();
        return (newK, newV);
    }

    public void Dispose()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            _keys[i]?.Dispose();
            _values[i]?.Dispose();
            _keys[i] = _values[i] = null;
        }
    }
}
