using System.Text;

namespace MedRec.Training.Corpus;

/// <summary>Builds a "标签：内容" style document line by line, skipping empty fields.</summary>
internal sealed class DocumentText
{
    private readonly StringBuilder _sb = new();

    public DocumentText Line(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return this;
        if (_sb.Length > 0) _sb.Append('\n');
        _sb.Append(text.Trim());
        return this;
    }

    public DocumentText Field(string label, string value, string colon = "：") =>
        string.IsNullOrWhiteSpace(value) ? this : Line(label + colon + value.Trim());

    public override string ToString() => _sb.ToString();
}
