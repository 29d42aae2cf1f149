namespace MedRec.Core.Common;

/// <summary>An expected failure with a message fit to show a user in one line (bad input, missing file).</summary>
public class MedRecException(string message, Exception? inner = null) : Exception(message, inner);
