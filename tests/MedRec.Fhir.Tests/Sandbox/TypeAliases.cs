global using FhirCondition = Hl7.Fhir.Model.Condition;
global using FhirObservation = Hl7.Fhir.Model.Observation;
