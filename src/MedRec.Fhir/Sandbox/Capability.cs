using Hl7.Fhir.Model;

namespace MedRec.Fhir.Sandbox;

/// <summary>The sandbox's CapabilityStatement: FHIR R4 JSON, read/search-type/create, the search parameters it supports.</summary>
public static class Capability
{
    public static CapabilityStatement Statement()
    {
        var rest = new CapabilityStatement.RestComponent { Mode = CapabilityStatement.RestfulCapabilityMode.Server };
        foreach (var (type, ps) in SearchIndex.Parameters)
        {
            var resource = new CapabilityStatement.ResourceComponent { Type = type };
            resource.Interaction.Add(new CapabilityStatement.ResourceInteractionComponent { Code = CapabilityStatement.TypeRestfulInteraction.Read });
            resource.Interaction.Add(new CapabilityStatement.ResourceInteractionComponent { Code = CapabilityStatement.TypeRestfulInteraction.SearchType });
            if (type != "Encounter") resource.Interaction.Add(new CapabilityStatement.ResourceInteractionComponent { Code = CapabilityStatement.TypeRestfulInteraction.Create });
            foreach (var p in ps)
                resource.SearchParam.Add(new CapabilityStatement.SearchParamComponent
                {
                    Name = p,
                    Type = p is "date" or "birthdate" ? SearchParamType.Date : p is "patient" or "subject" ? SearchParamType.Reference : p is "name" or "given" or "family" ? SearchParamType.String : SearchParamType.Token,
                });
            rest.Resource.Add(resource);
        }
        return new CapabilityStatement
        {
            Status = PublicationStatus.Active, Date = "2026-12-04", Kind = CapabilityStatementKind.Instance,
            FhirVersion = FHIRVersion.N4_0_1, Format = ["json"], Software = new CapabilityStatement.SoftwareComponent { Name = "MedRec FHIR sandbox" },
            Rest = [rest],
        };
    }
}
