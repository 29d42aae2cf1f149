using System.Text.Json;
using MedRec.Core.Common;

namespace MedRec.Prevention.Immunization;

/// <summary>
/// Loads a CDC CDSi supporting-data release (JSON form): every AntigenSupportingData_*.json(.gz) file plus
/// ScheduleSupportingData.json(.gz). Nothing is hand-coded per vaccine, so a newer release can be dropped in.
/// </summary>
public static class SupportingDataLoader
{
    public static CdsiData Load(string folder)
    {
        if (!Directory.Exists(folder)) throw new MedRecException($"CDSi supporting data folder not found: {folder}");
        var antigenFiles = Directory.GetFiles(folder, "AntigenSupportingData*.json*").Order(StringComparer.Ordinal).ToList();
        if (antigenFiles.Count == 0) throw new MedRecException($"no AntigenSupportingData*.json in {folder}");
        var antigens = new Dictionary<string, AntigenData>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in antigenFiles)
        {
            using var doc = Parse(file);
            var a = AntigenParser.Parse(doc.RootElement.Obj("antigenSupportingData"));
            antigens[a.Antigen] = a;
        }
        var schedulePath = Path.Combine(folder, "ScheduleSupportingData.json");
        using var sdoc = Parse(File.Exists(schedulePath) ? schedulePath : schedulePath + ".gz");
        return new CdsiData(antigens, ScheduleParser.Parse(sdoc.RootElement.Obj("scheduleSupportingData")));
    }

    private static JsonDocument Parse(string path)
    {
        using var s = DataPaths.OpenData(path);
        try { return JsonDocument.Parse(s); }
        catch (JsonException e) { throw new MedRecException($"invalid JSON in {Path.GetFileName(path)}: {e.Message}"); }
    }
}
