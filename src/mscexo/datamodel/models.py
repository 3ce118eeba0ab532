from __future__ import annotations

import re
import sys
from datetime import (
    date,
    datetime,
    time
)
from decimal import Decimal
from enum import Enum
from typing import (
    Any,
    ClassVar,
    Literal,
    Optional,
    Union
)

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    RootModel,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    field_validator,
    model_serializer
)


metamodel_version = "1.12.0"
version = "1.1.0"


class ConfiguredBaseModel(BaseModel):
    model_config = ConfigDict(
        serialize_by_alias = True,
        validate_by_name = True,
        validate_assignment = True,
        validate_default = True,
        extra = "forbid",
        arbitrary_types_allowed = True,
        use_enum_values = True,
        strict = False,
    )





class LinkMLMeta(RootModel):
    root: dict[str, Any] = {}
    model_config = ConfigDict(frozen=True)

    def __getattr__(self, key:str):
        return getattr(self.root, key)

    def __getitem__(self, key:str):
        return self.root[key]

    def __setitem__(self, key:str, value):
        self.root[key] = value

    def __contains__(self, key:str) -> bool:
        return key in self.root


linkml_meta = LinkMLMeta({'default_prefix': 'mscexo',
     'default_range': 'string',
     'description': 'MSC-Exo describes research on mesenchymal stem/stromal cell '
                    '(MSC)-derived exosomes and other extracellular vesicles '
                    '(EVs): where the cells come from, what the vesicles carry, '
                    'which preclinical studies tested them, which clinical trials '
                    'use MSCs, their exosomes or their secretome, and the '
                    'aggregate figures the literature reports. Every fact row '
                    'carries its provenance: the source document, a locator inside '
                    'it and a short verbatim evidence snippet. Each class with a '
                    '`table_name` annotation is one table (resource) of the '
                    'MSC-Exo data package.',
     'id': 'https://w3id.org/mscexo/schema',
     'imports': ['linkml:types'],
     'keywords': ['mesenchymal stem cells',
                  'exosomes',
                  'extracellular vesicles',
                  'clinical trials',
                  'regenerative medicine'],
     'license': 'CC-BY-4.0',
     'name': 'mscexo',
     'prefixes': {'CHEBI': {'prefix_prefix': 'CHEBI',
                            'prefix_reference': 'http://purl.obolibrary.org/obo/CHEBI_'},
                  'CL': {'prefix_prefix': 'CL',
                         'prefix_reference': 'http://purl.obolibrary.org/obo/CL_'},
                  'DOID': {'prefix_prefix': 'DOID',
                           'prefix_reference': 'http://purl.obolibrary.org/obo/DOID_'},
                  'EFO': {'prefix_prefix': 'EFO',
                          'prefix_reference': 'http://www.ebi.ac.uk/efo/EFO_'},
                  'GO': {'prefix_prefix': 'GO',
                         'prefix_reference': 'http://purl.obolibrary.org/obo/GO_'},
                  'HP': {'prefix_prefix': 'HP',
                         'prefix_reference': 'http://purl.obolibrary.org/obo/HP_'},
                  'MONDO': {'prefix_prefix': 'MONDO',
                            'prefix_reference': 'http://purl.obolibrary.org/obo/MONDO_'},
                  'NCBITaxon': {'prefix_prefix': 'NCBITaxon',
                                'prefix_reference': 'http://purl.obolibrary.org/obo/NCBITaxon_'},
                  'NCIT': {'prefix_prefix': 'NCIT',
                           'prefix_reference': 'http://purl.obolibrary.org/obo/NCIT_'},
                  'OBI': {'prefix_prefix': 'OBI',
                          'prefix_reference': 'http://purl.obolibrary.org/obo/OBI_'},
                  'SO': {'prefix_prefix': 'SO',
                         'prefix_reference': 'http://purl.obolibrary.org/obo/SO_'},
                  'UBERON': {'prefix_prefix': 'UBERON',
                             'prefix_reference': 'http://purl.obolibrary.org/obo/UBERON_'},
                  'bibo': {'prefix_prefix': 'bibo',
                           'prefix_reference': 'http://purl.org/ontology/bibo/'},
                  'dcterms': {'prefix_prefix': 'dcterms',
                              'prefix_reference': 'http://purl.org/dc/terms/'},
                  'doi': {'prefix_prefix': 'doi',
                          'prefix_reference': 'https://doi.org/'},
                  'linkml': {'prefix_prefix': 'linkml',
                             'prefix_reference': 'https://w3id.org/linkml/'},
                  'mscexo': {'prefix_prefix': 'mscexo',
                             'prefix_reference': 'https://w3id.org/mscexo/'},
                  'prov': {'prefix_prefix': 'prov',
                           'prefix_reference': 'http://www.w3.org/ns/prov#'},
                  'sdo': {'prefix_prefix': 'sdo',
                          'prefix_reference': 'https://schema.org/'},
                  'skos': {'prefix_prefix': 'skos',
                           'prefix_reference': 'http://www.w3.org/2004/02/skos/core#'},
                  'spdx': {'prefix_prefix': 'spdx',
                           'prefix_reference': 'https://spdx.org/licenses/'}},
     'see_also': ['https://w3id.org/mscexo'],
     'source_file': 'schema/mscexo.yaml',
     'title': 'MSC-Exo data standard'} )

class DocumentTypeEnum(str, Enum):
    """
    Kind of source document.
    """
    review = "review"
    """
    A review article summarising published research.
    """
    viewpoint = "viewpoint"
    """
    A viewpoint or perspective article giving the authors' opinion.
    """
    comment = "comment"
    """
    A short comment article.
    """
    bibliographic_record = "bibliographic_record"
    """
    A bibliographic database record (title, authors, abstract), not the full text.
    """
    research_article = "research_article"
    """
    An original research article.
    """


class DocumentLicenceEnum(str, Enum):
    """
    Licence of a source document as published.
    """
    cc_by_4_0 = "cc_by_4_0"
    """
    Creative Commons Attribution 4.0 International.
    """
    cc_by_nc_4_0 = "cc_by_nc_4_0"
    """
    Creative Commons Attribution-NonCommercial 4.0 International.
    """
    not_open_access = "not_open_access"
    """
    Published under the publisher's own terms, not open access.
    """


class CellKindEnum(str, Enum):
    """
    Kind of producer cell.
    """
    mesenchymal_stem_cell = "mesenchymal_stem_cell"
    """
    Mesenchymal stem or stromal cell (MSC).
    """
    embryonic_stem_cell = "embryonic_stem_cell"
    """
    Embryonic stem cell or a cell derived from one.
    """
    induced_pluripotent_stem_cell = "induced_pluripotent_stem_cell"
    """
    Induced pluripotent stem cell (iPSC) or a cell derived from one (no ontology term: none could be verified offline or confirmed from a primary source).
    """
    hematopoietic_stem_cell = "hematopoietic_stem_cell"
    """
    Blood-forming (haematopoietic) stem or progenitor cell.
    """
    tissue_specific_stem_cell = "tissue_specific_stem_cell"
    """
    Another adult, tissue-specific stem or progenitor cell (for example a cardiac stem cell).
    """
    other_cell = "other_cell"
    """
    Another producer cell that is not a stem cell (for example a Schwann cell).
    """


class TissueEnum(str, Enum):
    """
    Tissue from which producer cells are isolated (UBERON terms).
    """
    bone_marrow = "bone_marrow"
    """
    Bone marrow.
    """
    adipose_tissue = "adipose_tissue"
    """
    Adipose (fat) tissue.
    """
    umbilical_cord = "umbilical_cord"
    """
    Umbilical cord tissue (including Wharton's jelly when the source does not say).
    """
    wharton_jelly = "wharton_jelly"
    """
    Wharton's jelly, the gelatinous connective tissue of the umbilical cord (UBERON has no term of its own for it; it is part of umbilical cord, UBERON:0002331).
    """
    umbilical_cord_blood = "umbilical_cord_blood"
    """
    Umbilical cord blood.
    """
    placenta = "placenta"
    """
    Placenta.
    """
    amnion = "amnion"
    """
    Amnion (amniotic membrane).
    """
    amniotic_fluid = "amniotic_fluid"
    """
    Amniotic fluid.
    """
    dental_pulp = "dental_pulp"
    """
    Dental pulp of permanent teeth.
    """
    deciduous_tooth = "deciduous_tooth"
    """
    Exfoliated deciduous (baby) teeth, source of SHED cells (no UBERON term was verified for it here).
    """
    synovial_membrane = "synovial_membrane"
    """
    Synovial membrane of a joint.
    """
    endometrium = "endometrium"
    """
    Endometrium, including cells collected from menstrual blood.
    """
    peripheral_blood = "peripheral_blood"
    """
    Blood.
    """
    skin = "skin"
    """
    Skin.
    """
    heart = "heart"
    """
    Heart.
    """
    lung = "lung"
    """
    Lung.
    """
    liver = "liver"
    """
    Liver.
    """
    nerve = "nerve"
    """
    Peripheral nerve.
    """
    not_applicable = "not_applicable"
    """
    The cells are not isolated from a tissue (for example induced pluripotent stem cells or a cell line).
    """
    other = "other"
    """
    Another tissue; say which in the description.
    """


class OrganismEnum(str, Enum):
    """
    Species (NCBI Taxonomy).
    """
    human = "human"
    """
    Human (Homo sapiens).
    """
    mouse = "mouse"
    """
    House mouse (Mus musculus), including nude mice.
    """
    rat = "rat"
    """
    Norway rat (Rattus norvegicus).
    """
    rabbit = "rabbit"
    """
    Rabbit (Oryctolagus cuniculus).
    """
    pig = "pig"
    """
    Pig (Sus scrofa).
    """
    sheep = "sheep"
    """
    Sheep (Ovis aries).
    """
    dog = "dog"
    """
    Dog (Canis lupus familiaris).
    """
    rhesus_macaque = "rhesus_macaque"
    """
    Rhesus macaque (Macaca mulatta).
    """
    horse = "horse"
    """
    Horse (Equus caballus).
    """
    cattle = "cattle"
    """
    Cattle (Bos taurus).
    """
    other = "other"
    """
    Another species; say which in the model or note.
    """


class StudySettingEnum(str, Enum):
    """
    Where a preclinical study was done.
    """
    in_vitro = "in_vitro"
    """
    In cultured cells only.
    """
    in_vivo = "in_vivo"
    """
    In living animals only.
    """
    in_vitro_and_in_vivo = "in_vitro_and_in_vivo"
    """
    Both in cultured cells and in living animals.
    """


class ProductTypeEnum(str, Enum):
    """
    What was given, studied or approved.
    """
    exosome = "exosome"
    """
    Exosomes (small vesicles of endosomal origin, about 30-160 nm), as the document names them.
    """
    small_extracellular_vesicle = "small_extracellular_vesicle"
    """
    Small extracellular vesicles (sEV), the MISEV term for vesicles under about 200 nm whose origin is not shown.
    """
    extracellular_vesicle = "extracellular_vesicle"
    """
    Extracellular vesicles (EVs) of any size.
    """
    engineered_exosome = "engineered_exosome"
    """
    Exosomes modified to carry or display a drug, protein or nucleic acid.
    """
    conditioned_medium = "conditioned_medium"
    """
    Culture medium conditioned by the cells, holding everything they secrete.
    """
    secretome = "secretome"
    """
    The secreted products of the cells (soluble factors and vesicles) in general.
    """
    cells = "cells"
    """
    Living cells themselves (cell therapy).
    """
    platelet_rich_plasma_with_exosomes = "platelet_rich_plasma_with_exosomes"
    """
    Platelet-rich plasma combined with exosomes.
    """


class RouteEnum(str, Enum):
    """
    Route of administration (NCI Thesaurus route terms).
    """
    intravenous = "intravenous"
    """
    Into a vein.
    """
    intra_arterial = "intra_arterial"
    """
    Into an artery.
    """
    intra_articular = "intra_articular"
    """
    Into a joint.
    """
    intramuscular = "intramuscular"
    """
    Into a muscle.
    """
    subcutaneous = "subcutaneous"
    """
    Under the skin.
    """
    intradermal = "intradermal"
    """
    Into the skin.
    """
    intraperitoneal = "intraperitoneal"
    """
    Into the peritoneal cavity.
    """
    intrathecal = "intrathecal"
    """
    Into the spinal canal (cerebrospinal fluid).
    """
    intracoronary = "intracoronary"
    """
    Into a coronary artery.
    """
    intracerebral = "intracerebral"
    """
    Into the brain tissue.
    """
    intralesional = "intralesional"
    """
    Into a lesion.
    """
    topical = "topical"
    """
    Applied to the surface (skin, wound, eye).
    """
    inhalation = "inhalation"
    """
    Breathed in (nebulised or aerosolised).
    """
    intranasal = "intranasal"
    """
    Into the nose.
    """
    oral = "oral"
    """
    By mouth.
    """
    local_injection = "local_injection"
    """
    Injected directly into or around the affected tissue, without a more specific route.
    """
    implantation = "implantation"
    """
    Implanted, for example on or in a scaffold.
    """
    subretinal = "subretinal"
    """
    Under the retina (no NCIT term verified offline).
    """
    intravitreal = "intravitreal"
    """
    Into the vitreous body of the eye (no NCIT term verified offline).
    """
    transendocardial = "transendocardial"
    """
    Into the heart muscle from inside the heart, through a catheter (trans-endocardial; no NCIT term verified offline).
    """
    intramyocardial = "intramyocardial"
    """
    Into the heart muscle, for example during surgery (no NCIT term verified offline).
    """
    systemic = "systemic"
    """
    Given systemically without saying into which vessel (for example "systemically injected"; no NCIT term verified offline).
    """
    other = "other"
    """
    Another route; see the route as reported.
    """


class TrialPhaseEnum(str, Enum):
    """
    Clinical trial phase as ClinicalTrials.gov defines it, written in lower case (`phase1_phase2` for PHASE1/PHASE2, `not_applicable` for NA); empty when the document does not state the phase.
    """
    early_phase1 = "early_phase1"
    """
    Early phase 1 (formerly phase 0), exploratory first-in-human study.
    """
    phase1 = "phase1"
    """
    Phase 1, safety and dosage in a small group.
    """
    phase1_phase2 = "phase1_phase2"
    """
    Combined phase 1 and phase 2.
    """
    phase2 = "phase2"
    """
    Phase 2, efficacy and side effects.
    """
    phase2_phase3 = "phase2_phase3"
    """
    Combined phase 2 and phase 3.
    """
    phase3 = "phase3"
    """
    Phase 3, efficacy in a large group compared with standard treatment.
    """
    phase4 = "phase4"
    """
    Phase 4, after marketing approval.
    """
    not_applicable = "not_applicable"
    """
    Not applicable (trials without phases, such as device or behavioural studies).
    """


class MoleculeTypeEnum(str, Enum):
    """
    Kind of cargo molecule.
    """
    mirna = "mirna"
    """
    MicroRNA, a short non-coding RNA that silences target messenger RNAs.
    """
    lncrna = "lncrna"
    """
    Long non-coding RNA.
    """
    circrna = "circrna"
    """
    Circular non-coding RNA (circRNA).
    """
    mrna = "mrna"
    """
    Messenger RNA.
    """
    other_rna = "other_rna"
    """
    Another kind of RNA.
    """
    protein = "protein"
    """
    A protein not covered by a more specific value (enzymes, structural and EV marker proteins).
    """
    growth_factor = "growth_factor"
    """
    A protein growth factor (for example VEGF, HGF).
    """
    cytokine = "cytokine"
    """
    A cytokine or chemokine (for example IL-10, TGF-beta).
    """
    lipid = "lipid"
    """
    A lipid.
    """
    metabolite = "metabolite"
    """
    A small-molecule metabolite.
    """
    dna = "dna"
    """
    DNA.
    """


class DiseaseAreaEnum(str, Enum):
    """
    Broad disease area (MONDO terms), for grouping.
    """
    cardiovascular = "cardiovascular"
    """
    Heart and blood vessel diseases, including ischaemia.
    """
    nervous_system = "nervous_system"
    """
    Diseases and injuries of the brain, spinal cord and nerves.
    """
    musculoskeletal = "musculoskeletal"
    """
    Bone, cartilage, joint, disc, tendon and muscle diseases.
    """
    liver = "liver"
    """
    Liver diseases.
    """
    kidney = "kidney"
    """
    Kidney diseases.
    """
    respiratory = "respiratory"
    """
    Lung and airway diseases.
    """
    skin_and_wound = "skin_and_wound"
    """
    Skin diseases and wounds.
    """
    immune_and_inflammatory = "immune_and_inflammatory"
    """
    Immune and inflammatory diseases, including graft-versus-host disease.
    """
    cancer = "cancer"
    """
    Cancer.
    """
    metabolic_and_endocrine = "metabolic_and_endocrine"
    """
    Metabolic and endocrine diseases, including diabetes.
    """
    eye = "eye"
    """
    Eye diseases.
    """
    infectious = "infectious"
    """
    Infectious diseases, including COVID-19.
    """
    hematologic = "hematologic"
    """
    Blood diseases.
    """
    digestive = "digestive"
    """
    Digestive system diseases other than liver.
    """
    reproductive = "reproductive"
    """
    Reproductive system diseases.
    """
    multiple = "multiple"
    """
    Several disease areas at once (for example multiple organ failure).
    """
    other = "other"
    """
    Another disease area.
    """


class DonorTypeEnum(str, Enum):
    """
    Relation between cell donor and recipient.
    """
    autologous = "autologous"
    """
    Cells from the patient's own body.
    """
    allogeneic = "allogeneic"
    """
    Cells from another individual of the same species.
    """


class ReportedStatusEnum(str, Enum):
    """
    Whether a guideline criterion is reported as met.
    """
    reported_met = "reported_met"
    """
    The source reports the criterion as met.
    """
    reported_not_met = "reported_not_met"
    """
    The source reports the criterion as not met.
    """


class IsctPositiveMarkerEnum(str, Enum):
    """
    ISCT positive surface markers of human MSCs (each expressed on at least 95% of cells).
    """
    cd73 = "cd73"
    """
    5'-nucleotidase (NT5E).
    """
    cd90 = "cd90"
    """
    Thy-1 cell surface antigen (THY1).
    """
    cd105 = "cd105"
    """
    Endoglin (ENG).
    """


class IsctNegativeMarkerEnum(str, Enum):
    """
    ISCT negative markers of human MSCs (each expressed on at most 2% of cells).
    """
    cd45 = "cd45"
    """
    Pan-leukocyte marker (PTPRC).
    """
    cd34 = "cd34"
    """
    Haematopoietic progenitor and endothelial marker.
    """
    cd14 = "cd14"
    """
    Monocyte and macrophage marker (either CD14 or CD11b is tested).
    """
    cd11b = "cd11b"
    """
    Integrin alpha-M, monocyte and macrophage marker (ITGAM).
    """
    cd79a = "cd79a"
    """
    B-cell marker (either CD79a or CD19 is tested).
    """
    cd19 = "cd19"
    """
    B-cell marker.
    """
    hla_dr = "hla_dr"
    """
    MHC class II molecule, absent unless the cells are stimulated.
    """


class EvIsolationMethodEnum(str, Enum):
    """
    Method used to isolate extracellular vesicles.
    """
    ultracentrifugation = "ultracentrifugation"
    """
    Differential ultracentrifugation.
    """
    density_gradient = "density_gradient"
    """
    Density gradient (for example sucrose or iodixanol) ultracentrifugation.
    """
    size_exclusion_chromatography = "size_exclusion_chromatography"
    """
    Size-exclusion chromatography.
    """
    ultrafiltration = "ultrafiltration"
    """
    Ultrafiltration through a size-cut-off membrane.
    """
    tangential_flow_filtration = "tangential_flow_filtration"
    """
    Tangential flow (hollow-fibre) filtration.
    """
    precipitation = "precipitation"
    """
    Polymer-based precipitation (for example polyethylene glycol kits).
    """
    immunoaffinity = "immunoaffinity"
    """
    Capture by antibodies against vesicle surface proteins.
    """
    other = "other"
    """
    Another method.
    """


class ParticleMeasurementMethodEnum(str, Enum):
    """
    Method used to measure particle size or concentration.
    """
    nanoparticle_tracking_analysis = "nanoparticle_tracking_analysis"
    """
    Nanoparticle tracking analysis (NTA).
    """
    dynamic_light_scattering = "dynamic_light_scattering"
    """
    Dynamic light scattering (DLS).
    """
    tunable_resistive_pulse_sensing = "tunable_resistive_pulse_sensing"
    """
    Tunable resistive pulse sensing (TRPS).
    """
    flow_cytometry = "flow_cytometry"
    """
    High-resolution or imaging flow cytometry.
    """
    electron_microscopy = "electron_microscopy"
    """
    Measurement on electron micrographs.
    """
    other = "other"
    """
    Another method.
    """


class EvImagingMethodEnum(str, Enum):
    """
    Method used to image single vesicles.
    """
    transmission_electron_microscopy = "transmission_electron_microscopy"
    """
    Transmission electron microscopy (TEM).
    """
    cryo_electron_microscopy = "cryo_electron_microscopy"
    """
    Cryo-electron microscopy.
    """
    scanning_electron_microscopy = "scanning_electron_microscopy"
    """
    Scanning electron microscopy (SEM).
    """
    atomic_force_microscopy = "atomic_force_microscopy"
    """
    Atomic force microscopy (AFM).
    """
    super_resolution_microscopy = "super_resolution_microscopy"
    """
    Super-resolution fluorescence microscopy.
    """
    other = "other"
    """
    Another method.
    """


class ModificationMethodEnum(str, Enum):
    """
    Method used to modify producer cells genetically.
    """
    adenovirus = "adenovirus"
    """
    Adenoviral vector.
    """
    lentivirus = "lentivirus"
    """
    Lentiviral vector.
    """
    retrovirus = "retrovirus"
    """
    Retroviral (gamma-retroviral) vector.
    """
    adeno_associated_virus = "adeno_associated_virus"
    """
    Adeno-associated viral vector.
    """
    plasmid_transfection = "plasmid_transfection"
    """
    Transfection with a plasmid (for example by lipofection or electroporation).
    """
    mrna_transfection = "mrna_transfection"
    """
    Transfection with messenger RNA.
    """
    gene_editing = "gene_editing"
    """
    Gene editing, for example with CRISPR-Cas9.
    """
    other = "other"
    """
    Another method.
    """


class StatisticCategoryEnum(str, Enum):
    """
    Kind of aggregate figure.
    """
    trial_count = "trial_count"
    """
    A count of registered clinical trials.
    """
    study_count = "study_count"
    """
    A count of publications or studies.
    """
    market_projection = "market_projection"
    """
    A projected market size.
    """
    vesicle_size = "vesicle_size"
    """
    A size (diameter) range of vesicles.
    """
    vesicle_density = "vesicle_density"
    """
    A buoyant density range of vesicles.
    """
    other = "other"
    """
    Another figure.
    """


class ExclusionKindEnum(str, Enum):
    """
    Kind of item a coverage check looks for.
    """
    reference_number = "reference_number"
    """
    A bracketed reference number of the document's reference list.
    """
    nct_id = "nct_id"
    """
    A ClinicalTrials.gov number named in the document.
    """
    table_row = "table_row"
    """
    A data row of a table of the document.
    """
    abbreviation = "abbreviation"
    """
    An abbreviation of a cell source (such as BMSC or UcMSC) used in the document.
    """
    statement = "statement"
    """
    A statement that is not a fact of any table, for example a list of application areas in an abstract; the item is its locator.
    """


class ConditionKindEnum(str, Enum):
    """
    Whether a condition is a disease or a context that is not one.
    """
    disease = "disease"
    """
    A disease, disorder or injury (grounded in MONDO).
    """
    biological_process = "biological_process"
    """
    A biological process studied for its own sake rather than a disease (angiogenesis, wound healing, bone regeneration), grounded in GO where a term exists.
    """
    phenotype = "phenotype"
    """
    A sign, symptom or abnormality (grounded in HP where a term exists).
    """
    other_context = "other_context"
    """
    An experimental context that is neither (for example exosome production or cell survival after transplantation).
    """


class ClinicalStudyTypeEnum(str, Enum):
    """
    Kind of clinical study.
    """
    clinical_trial = "clinical_trial"
    """
    A clinical trial, registered or not, as the document reports it.
    """
    case_report = "case_report"
    """
    A report of a single patient.
    """
    case_series = "case_series"
    """
    A report of several patients treated alike, without a trial protocol.
    """


class DoseBasisEnum(str, Enum):
    """
    What a dose amount counts (the codes of `mscexo.dose.DOSE_BASES`).
    """
    cells = "cells"
    """
    Living cells.
    """
    particles = "particles"
    """
    Vesicles or particles counted (for example by nanoparticle tracking).
    """
    protein_mass = "protein_mass"
    """
    Mass of vesicle or secretome protein (for example µg of exosomal protein); a vesicle or conditioned-medium preparation dosed by mass is by convention dosed by its protein.
    """
    conditioned_medium_volume = "conditioned_medium_volume"
    """
    Volume of conditioned medium or secretome preparation.
    """
    other = "other"
    """
    Another quantity (for example a volume of a vesicle suspension).
    """


class DoseFlagEnum(str, Enum):
    """
    A warning about a printed dose; the dose itself is kept as printed (the codes of `mscexo.dose.DOSE_FLAGS`).
    """
    implausibly_high = "implausibly_high"
    """
    The amount is far above what is usually given by this route (for example 40 × 10^6 cells/kg into a joint); check the document, which may hold a typographical error.
    """
    ambiguous = "ambiguous"
    """
    The printed dose holds several amounts that cannot be told apart.
    """


class QualifierEnum(str, Enum):
    """
    How a figure is qualified in the text.
    """
    exact = "exact"
    """
    Stated as an exact figure.
    """
    approximately = "approximately"
    """
    Stated as "about" or "approximately".
    """
    at_least = "at_least"
    """
    Stated as "at least" or "more than".
    """
    at_most = "at_most"
    """
    Stated as "at most" or "less than".
    """
    range = "range"
    """
    Stated as a range, in value_min and value_max.
    """


class DonorSexEnum(str, Enum):
    """
    Sex of the cell donor or donors, as the source reports it.
    """
    female = "female"
    """
    Female donor or donors only.
    """
    male = "male"
    """
    Male donor or donors only.
    """
    mixed = "mixed"
    """
    Donors of both sexes.
    """


class MediumSupplementEnum(str, Enum):
    """
    Supplement of the culture medium during vesicle collection.
    """
    fetal_bovine_serum = "fetal_bovine_serum"
    """
    Fetal bovine (calf) serum.
    """
    human_platelet_lysate = "human_platelet_lysate"
    """
    Human platelet lysate.
    """
    human_serum = "human_serum"
    """
    Human serum or plasma.
    """
    serum_free = "serum_free"
    """
    No serum or platelet lysate (serum-free or chemically defined medium).
    """
    other = "other"
    """
    Another supplement; say which in the curation note.
    """


class PrimingEnum(str, Enum):
    """
    How producer cells were primed or preconditioned before collection.
    """
    hypoxia = "hypoxia"
    """
    Culture at low oxygen (give the level in `oxygen_percent`).
    """
    inflammatory_cytokines = "inflammatory_cytokines"
    """
    Inflammatory cytokines (for example IFN-gamma, TNF-alpha, IL-1beta).
    """
    three_dimensional_culture = "three_dimensional_culture"
    """
    Culture as spheroids, on scaffolds or in bioreactors instead of on flat plastic.
    """
    pharmacological = "pharmacological"
    """
    A drug or small molecule.
    """
    other = "other"
    """
    Another priming; describe it in `priming_as_reported`.
    """


class ProteinAssayEnum(str, Enum):
    """
    Method used to measure the protein content of a preparation.
    """
    bca = "bca"
    """
    Bicinchoninic acid assay (including micro-BCA).
    """
    bradford = "bradford"
    """
    Bradford (Coomassie dye-binding) assay.
    """
    fluorometric = "fluorometric"
    """
    A fluorescent dye assay (for example Qubit protein).
    """
    other = "other"
    """
    Another method.
    """


class LipidAssayEnum(str, Enum):
    """
    Method used to measure the lipid content of a preparation.
    """
    sulfophosphovanillin = "sulfophosphovanillin"
    """
    Sulfophosphovanillin colorimetric assay.
    """
    fluorescent_lipid_dye = "fluorescent_lipid_dye"
    """
    A lipophilic fluorescent dye.
    """
    lipidomics = "lipidomics"
    """
    Mass spectrometry of lipids.
    """
    other = "other"
    """
    Another method.
    """


class PotencyAssayKindEnum(str, Enum):
    """
    Broad classes of potency assays for MSC-EV preparations (this schema's grouping, not a standard's list).
    """
    immunomodulation = "immunomodulation"
    """
    Effect on immune cells (for example T-cell proliferation or macrophage polarisation).
    """
    angiogenesis = "angiogenesis"
    """
    Effect on blood vessel formation (for example endothelial tube formation).
    """
    tissue_repair = "tissue_repair"
    """
    Effect on cell survival, proliferation or migration of target cells (for example wound closure).
    """
    anti_fibrotic = "anti_fibrotic"
    """
    Effect on fibrosis (for example myofibroblast activation).
    """
    in_vivo = "in_vivo"
    """
    An animal model used as the potency assay.
    """
    other = "other"
    """
    Another assay; describe it in `potency_assay`.
    """



class Dataset(ConfiguredBaseModel):
    """
    A collection of MSC-Exo records, one list per table. Each curation file (one per source document) is a Dataset; the built data package is the union of all of them.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'sdo:Dataset',
         'from_schema': 'https://w3id.org/mscexo/schema',
         'tree_root': True})

    documents: Optional[list[Document]] = Field(default=None, description="""Source documents.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Dataset']} })
    cited_works: Optional[list[CitedWork]] = Field(default=None, description="""Works cited inside the source documents.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Dataset']} })
    msc_sources: Optional[list[MscSource]] = Field(default=None, description="""Canonical cell sources.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Dataset']} })
    cargo: Optional[list[Cargo]] = Field(default=None, description="""Cargo molecules.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Dataset']} })
    conditions: Optional[list[Condition]] = Field(default=None, description="""Diseases and non-disease contexts that statements are about.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Dataset']} })
    trials: Optional[list[Trial]] = Field(default=None, description="""Real clinical trials, once each.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Dataset']} })
    products: Optional[list[Product]] = Field(default=None, description="""Named products, once each.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Dataset']} })
    cargo_findings: Optional[list[CargoFinding]] = Field(default=None, description="""Statements about cargo molecules.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Dataset']} })
    preclinical_studies: Optional[list[PreclinicalStudy]] = Field(default=None, description="""Preclinical studies.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Dataset']} })
    clinical_trials: Optional[list[ClinicalTrial]] = Field(default=None, description="""Clinical trial reports.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Dataset']} })
    genetic_modifications: Optional[list[GeneticModification]] = Field(default=None, description="""Genetically modified MSCs.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Dataset']} })
    approved_products: Optional[list[ApprovedProduct]] = Field(default=None, description="""Approved stem cell products.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Dataset']} })
    statistics: Optional[list[Statistic]] = Field(default=None, description="""Aggregate figures.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Dataset']} })
    source_tables: Optional[list[SourceTable]] = Field(default=None, description="""Tables printed in the source documents.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Dataset']} })
    exclusions: Optional[list[Exclusion]] = Field(default=None, description="""Items of the documents deliberately left out of the curation.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Dataset']} })
    retired: Optional[list[Retirement]] = Field(default=None, description="""Identifiers of earlier releases that were retired, with the reason.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Dataset']} })
    curators: Optional[list[Curator]] = Field(default=None, description="""The people who curated the records of this collection (of a curation file: every record in it). The build lists the curators of all curation files as the release's authors.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Dataset']} })


class Curator(ConfiguredBaseModel):
    """
    A person who curated records: named in the curation file that holds the records (its `curators`, which every record of the file inherits), and credited as an author of every release built from it (datapackage.json `contributors`, CITATION.cff, .zenodo.json and `mscexo cite`). The ORCID iD is checked against its pattern here and against its check digit (ISO 7064 MOD 11-2) by the build and `mscexo validate`.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'sdo:Person', 'from_schema': 'https://w3id.org/mscexo/schema'})

    family_names: str = Field(default=..., description="""A curator's family name (surname), as the Citation File Format has it.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Curator'], 'slot_uri': 'sdo:familyName'} })
    given_names: Optional[str] = Field(default=None, description="""A curator's given names, as the Citation File Format has them.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Curator'], 'slot_uri': 'sdo:givenName'} })
    orcid: Optional[str] = Field(default=None, description="""A curator's ORCID iD, as 16 characters in four groups (0000-0002-1825-0097), without the https://orcid.org/ prefix. The last character is a check digit (0-9 or X, ISO 7064 MOD 11-2), checked by the build and `mscexo validate`.""", json_schema_extra = { "linkml_meta": {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                              'value': 'an ORCID iD: four groups of '
                                                       'four digits (the last may be '
                                                       'X), such as '
                                                       '0000-0002-1825-0097'}},
         'domain_of': ['Curator']} })

    @field_validator('orcid')
    def pattern_orcid(cls, v):
        pattern=re.compile(r"^[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid orcid format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid orcid format: {v}"
            raise ValueError(err_msg)
        return v


class Release(ConfiguredBaseModel):
    """
    The version record of one data package release: the single place where the release version and date are declared. Builds take the release date from here, never from the clock, so that the same inputs always build the same bytes.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'mscexo:Release',
         'close_mappings': ['sdo:Dataset'],
         'from_schema': 'https://w3id.org/mscexo/schema',
         'slot_usage': {'description': {'description': 'A paragraph saying what the '
                                                       'release contains.',
                                        'name': 'description'},
                        'doi': {'description': 'The DOI an archive (Zenodo) minted for '
                                               'this release, recorded once it exists; '
                                               'empty before. The build writes it into '
                                               'datapackage.json, and every citation '
                                               'format gives it.',
                                'name': 'doi'},
                        'name': {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                                                      'value': 'a '
                                                                               'lower-case '
                                                                               'machine '
                                                                               'name '
                                                                               'without '
                                                                               'spaces'}},
                                 'description': 'Machine name of the data package '
                                                '(lower case, no spaces).',
                                 'name': 'name',
                                 'pattern': '^[a-z0-9][a-z0-9._-]*$',
                                 'required': True},
                        'title': {'description': 'Human-readable title of the data '
                                                 'package.',
                                  'name': 'title',
                                  'required': True}}})

    name: str = Field(default=..., description="""Machine name of the data package (lower case, no spaces).""", json_schema_extra = { "linkml_meta": {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                              'value': 'a lower-case machine name '
                                                       'without spaces'}},
         'domain_of': ['Release', 'Cargo', 'Product', 'ApprovedProduct'],
         'slot_uri': 'sdo:name'} })
    title: str = Field(default=..., description="""Human-readable title of the data package.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Release', 'Document'], 'slot_uri': 'dcterms:title'} })
    version: str = Field(default=..., description="""Release version, following semantic versioning (MAJOR.MINOR.PATCH).""", json_schema_extra = { "linkml_meta": {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                              'value': 'a version MAJOR.MINOR.PATCH, '
                                                       'such as 1.0.0'}},
         'domain_of': ['Release'],
         'slot_uri': 'sdo:version'} })
    release_date: date = Field(default=..., description="""Date of the release; the only date written into the built package.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Release'], 'slot_uri': 'sdo:datePublished'} })
    data_licence: str = Field(default=..., description="""SPDX identifier of the licence of the data package (for example CC-BY-4.0).""", json_schema_extra = { "linkml_meta": {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                              'value': 'an SPDX licence identifier, '
                                                       'such as CC-BY-4.0'}},
         'domain_of': ['Release'],
         'slot_uri': 'sdo:license'} })
    description: Optional[str] = Field(default=None, description="""A paragraph saying what the release contains.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Release', 'MscSource'], 'slot_uri': 'dcterms:description'} })
    homepage: Optional[str] = Field(default=None, description="""Web page of the project.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Release'], 'slot_uri': 'sdo:url'} })
    contributors: list[str] = Field(default=..., description="""People or groups who made the release, as \"Name (role)\": its authors until curators are named in the curation files, whose curators then take their place.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Release'], 'slot_uri': 'sdo:contributor'} })
    doi: Optional[str] = Field(default=None, description="""The DOI an archive (Zenodo) minted for this release, recorded once it exists; empty before. The build writes it into datapackage.json, and every citation format gives it.""", json_schema_extra = { "linkml_meta": {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                              'value': 'a DOI without prefix or '
                                                       'resolver, such as '
                                                       '10.4252/wjsc.v12.i2.100'}},
         'domain_of': ['Release', 'Document'],
         'examples': [{'value': '10.4252/wjsc.v12.i2.100'}],
         'slot_uri': 'bibo:doi'} })

    @field_validator('name')
    def pattern_name(cls, v):
        pattern=re.compile(r"^[a-z0-9][a-z0-9._-]*$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid name format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid name format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('version')
    def pattern_version(cls, v):
        pattern=re.compile(r"^[0-9]+\.[0-9]+\.[0-9]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid version format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid version format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('data_licence')
    def pattern_data_licence(cls, v):
        pattern=re.compile(r"^[A-Za-z0-9.+-]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid data_licence format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid data_licence format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('doi')
    def pattern_doi(cls, v):
        pattern=re.compile(r"^10\.[0-9]{4,9}/[-._;()/:A-Za-z0-9]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid doi format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid doi format: {v}"
            raise ValueError(err_msg)
        return v


class Provenance(ConfiguredBaseModel):
    """
    Where a fact comes from. Every fact row names its source document, a locator inside it (table and row, or section) and a short verbatim snippet of the document that supports the row, so that any reader can go back to the text and check it.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'mscexo:Provenance',
         'from_schema': 'https://w3id.org/mscexo/schema',
         'mixin': True})

    document_id: str = Field(default=..., description="""The source document that states the fact.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Provenance', 'Exclusion'], 'slot_uri': 'prov:wasDerivedFrom'} })
    locator: str = Field(default=..., description="""Where in the document the fact stands: a table and row (\"Table 3, row 2\"), a section (\"Introduction, paragraph 2\") or a figure legend.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Provenance'], 'examples': [{'value': 'Table 1, row 3'}]} })
    evidence: str = Field(default=..., description="""A short verbatim snippet of the document (one line, at most 160 characters) that supports the row. It is checked against the document text when the documents are available.""", json_schema_extra = { "linkml_meta": {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                              'value': 'one line of at most 160 '
                                                       'characters'}},
         'domain_of': ['Provenance'],
         'slot_uri': 'prov:value'} })
    confidence: Optional[float] = Field(default=None, description="""The curator's confidence that the row reproduces the document correctly, from 0 to 1. Empty means the curator had no doubt; a value below 1 comes with a curation note saying why (for example an uncertain row alignment in a flattened table).""", ge=0, le=1, json_schema_extra = { "linkml_meta": {'domain_of': ['Provenance']} })
    curation_note: Optional[str] = Field(default=None, description="""A note by the curator about how the row was read, in our own words.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Provenance', 'Trial', 'Product'], 'slot_uri': 'skos:note'} })

    @field_validator('evidence')
    def pattern_evidence(cls, v):
        pattern=re.compile(r"^.{1,160}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid evidence format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid evidence format: {v}"
            raise ValueError(err_msg)
        return v


class IsctIdentity(ConfiguredBaseModel):
    """
    Room for the minimal criteria of the International Society for Cellular Therapy (ISCT, Dominici et al. 2006) that define a human MSC: adherence to plastic, expression of CD73, CD90 and CD105, absence of CD45, CD34, CD14 or CD11b, CD79a or CD19 and HLA-DR, and differentiation into osteoblasts, adipocytes and chondrocytes in vitro. Fields stay empty when the source does not say.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'mscexo:IsctIdentity',
         'from_schema': 'https://w3id.org/mscexo/schema',
         'mixin': True})

    plastic_adherence: Optional[ReportedStatusEnum] = Field(default=None, description="""Whether the source reports that the cells adhere to plastic in standard culture.""", json_schema_extra = { "linkml_meta": {'domain_of': ['IsctIdentity']} })
    isct_positive_markers: Optional[list[IsctPositiveMarkerEnum]] = Field(default=None, description="""ISCT positive surface markers (CD73, CD90, CD105) that the source reports as expressed.""", json_schema_extra = { "linkml_meta": {'domain_of': ['IsctIdentity']} })
    isct_negative_markers: Optional[list[IsctNegativeMarkerEnum]] = Field(default=None, description="""ISCT negative markers (CD45, CD34, CD14 or CD11b, CD79a or CD19, HLA-DR) that the source reports as absent.""", json_schema_extra = { "linkml_meta": {'domain_of': ['IsctIdentity']} })
    trilineage_differentiation: Optional[ReportedStatusEnum] = Field(default=None, description="""Whether osteogenic, adipogenic and chondrogenic differentiation in vitro is reported.""", json_schema_extra = { "linkml_meta": {'domain_of': ['IsctIdentity']} })


class MisevCharacterisation(ConfiguredBaseModel):
    """
    Room for the EV characterisation that the Minimal Information for Studies of Extracellular Vesicles guidelines (MISEV2018/MISEV2023) ask for: how the vesicles were isolated, how particle size and concentration were measured, which protein markers were shown present or absent, and how single vesicles were imaged.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'mscexo:MisevCharacterisation',
         'from_schema': 'https://w3id.org/mscexo/schema',
         'mixin': True})

    ev_isolation_method: Optional[EvIsolationMethodEnum] = Field(default=None, description="""How the vesicles were isolated.""", json_schema_extra = { "linkml_meta": {'domain_of': ['MisevCharacterisation']} })
    particle_size_method: Optional[ParticleMeasurementMethodEnum] = Field(default=None, description="""How particle size was measured.""", json_schema_extra = { "linkml_meta": {'domain_of': ['MisevCharacterisation']} })
    particle_size_min_nm: Optional[float] = Field(default=None, description="""Smallest reported particle diameter, in nanometres.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['MisevCharacterisation']} })
    particle_size_max_nm: Optional[float] = Field(default=None, description="""Largest reported particle diameter, in nanometres.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['MisevCharacterisation']} })
    particle_concentration_method: Optional[ParticleMeasurementMethodEnum] = Field(default=None, description="""How particle concentration was measured.""", json_schema_extra = { "linkml_meta": {'domain_of': ['MisevCharacterisation']} })
    ev_positive_markers: Optional[list[str]] = Field(default=None, description="""Proteins shown present in the vesicles (for example CD63, CD81, TSG101), as named.""", json_schema_extra = { "linkml_meta": {'domain_of': ['MisevCharacterisation']} })
    ev_negative_markers: Optional[list[str]] = Field(default=None, description="""Proteins shown absent from the vesicles (for example calnexin), as named.""", json_schema_extra = { "linkml_meta": {'domain_of': ['MisevCharacterisation']} })
    ev_imaging_method: Optional[EvImagingMethodEnum] = Field(default=None, description="""How single vesicles were imaged.""", json_schema_extra = { "linkml_meta": {'domain_of': ['MisevCharacterisation']} })


class DonorProfile(ConfiguredBaseModel):
    """
    Who donated the producer cells: age, sex and number of donors, as the source states.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'mscexo:DonorProfile',
         'from_schema': 'https://w3id.org/mscexo/schema',
         'mixin': True})

    donor_age_min_years: Optional[float] = Field(default=None, description="""Age of the youngest cell donor in years (the age itself for one donor), as the source states it.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['DonorProfile']} })
    donor_age_max_years: Optional[float] = Field(default=None, description="""Age of the oldest cell donor in years; empty for one donor.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['DonorProfile']} })
    donor_sex: Optional[DonorSexEnum] = Field(default=None, description="""Sex of the cell donor or donors, as the source states it.""", json_schema_extra = { "linkml_meta": {'domain_of': ['DonorProfile']} })
    donor_count: Optional[int] = Field(default=None, description="""Number of donors whose cells were used (pooled or separately).""", ge=1, json_schema_extra = { "linkml_meta": {'domain_of': ['DonorProfile']} })


class CultureConditions(ConfiguredBaseModel):
    """
    How the producer cells were grown before the vesicles were collected: medium, its supplement (serum or human platelet lysate) and whether that was EV-depleted, passage, priming (for example hypoxia or inflammatory cytokines) and viability at harvest.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'mscexo:CultureConditions',
         'from_schema': 'https://w3id.org/mscexo/schema',
         'mixin': True})

    culture_medium: Optional[str] = Field(default=None, description="""Basal culture medium as the source names it (for example \"alpha-MEM\").""", json_schema_extra = { "linkml_meta": {'domain_of': ['CultureConditions']} })
    medium_supplement: Optional[MediumSupplementEnum] = Field(default=None, description="""The supplement of the culture medium during vesicle collection: serum, human platelet lysate, or none (serum-free).""", json_schema_extra = { "linkml_meta": {'domain_of': ['CultureConditions']} })
    ev_depleted_supplement: Optional[bool] = Field(default=None, description="""True when the serum or platelet lysate was depleted of its own vesicles (for example by overnight ultracentrifugation) before the conditioned medium was collected.""", json_schema_extra = { "linkml_meta": {'domain_of': ['CultureConditions']} })
    passage_number: Optional[int] = Field(default=None, description="""Passage of the producer cells at vesicle collection (the highest passage when a range is given).""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['CultureConditions']} })
    priming: Optional[list[PrimingEnum]] = Field(default=None, description="""How the producer cells were primed or preconditioned before collection; empty when not primed or not said.""", json_schema_extra = { "linkml_meta": {'domain_of': ['CultureConditions']} })
    priming_as_reported: Optional[str] = Field(default=None, description="""The priming exactly as the source describes it (agent, concentration, duration).""", json_schema_extra = { "linkml_meta": {'domain_of': ['CultureConditions']} })
    oxygen_percent: Optional[float] = Field(default=None, description="""Oxygen concentration of the culture during collection, in percent (for example 1 for hypoxia).""", ge=0, le=100, json_schema_extra = { "linkml_meta": {'domain_of': ['CultureConditions']} })
    viability_at_harvest_percent: Optional[float] = Field(default=None, description="""Viability of the producer cells when the conditioned medium was harvested, in percent.""", ge=0, le=100, json_schema_extra = { "linkml_meta": {'domain_of': ['CultureConditions']} })


class EvSeparation(ConfiguredBaseModel):
    """
    How much starting material was processed and how the vesicles were separated from it, step by step with each step's parameters.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'mscexo:EvSeparation',
         'from_schema': 'https://w3id.org/mscexo/schema',
         'mixin': True})

    starting_material_amount: Optional[str] = Field(default=None, description="""How much starting material was processed, as the source states it (for example \"200 mL conditioned medium from 2 × 10^7 cells over 48 h\").""", json_schema_extra = { "linkml_meta": {'domain_of': ['EvSeparation']} })
    separation_steps: Optional[list[str]] = Field(default=None, description="""The separation, one list item per step in order. Each item is the step's method, then its parameters as `key=value`, separated by \"; \": for example \"centrifugation; g=2000; min=20\", \"ultracentrifugation; g=100000; min=70; rotor=SW32 Ti; k_factor=256\", \"density_gradient; gradient=iodixanol 5-40%\". Methods: centrifugation, filtration, ultracentrifugation, density_gradient, size_exclusion_chromatography, ultrafiltration, tangential_flow_filtration, precipitation, immunoaffinity, other. Parameters: g (relative centrifugal force), min (time in minutes), rotor, k_factor, gradient (medium and range), pore_um, mwco_kda, column, temperature_c, note. The step list is a text form (one cell of the table) because tables stay flat.""", json_schema_extra = { "linkml_meta": {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                              'value': 'a method, then parameters as '
                                                       "key=value separated by '; ', "
                                                       'such as centrifugation; '
                                                       'g=2000; min=20'}},
         'domain_of': ['EvSeparation'],
         'examples': [{'value': 'ultracentrifugation; g=100000; min=70; rotor=SW32 '
                                'Ti'}]} })

    @field_validator('separation_steps')
    def pattern_separation_steps(cls, v):
        pattern=re.compile(r"^(centrifugation|filtration|ultracentrifugation|density_gradient|size_exclusion_chromatography|ultrafiltration|tangential_flow_filtration|precipitation|immunoaffinity|other)(; (g|min|rotor|k_factor|gradient|pore_um|mwco_kda|column|temperature_c|note)=[^;|]+)*$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid separation_steps format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid separation_steps format: {v}"
            raise ValueError(err_msg)
        return v


class EvQuantification(ConfiguredBaseModel):
    """
    The amounts of the preparation measured in at least two ways (particles, protein, lipid) and their ratio, which MISEV uses as an indicator of purity.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'mscexo:EvQuantification',
         'from_schema': 'https://w3id.org/mscexo/schema',
         'mixin': True})

    particle_concentration_per_ml: Optional[float] = Field(default=None, description="""Particle concentration of the preparation, in particles per millilitre.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['EvQuantification']} })
    protein_method: Optional[ProteinAssayEnum] = Field(default=None, description="""How the protein content was measured.""", json_schema_extra = { "linkml_meta": {'domain_of': ['EvQuantification']} })
    protein_concentration_ug_per_ml: Optional[float] = Field(default=None, description="""Protein concentration of the preparation, in micrograms per millilitre.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['EvQuantification']} })
    lipid_method: Optional[LipidAssayEnum] = Field(default=None, description="""How the lipid content was measured.""", json_schema_extra = { "linkml_meta": {'domain_of': ['EvQuantification']} })
    lipid_concentration_nmol_per_ml: Optional[float] = Field(default=None, description="""Lipid content of the preparation, in nanomoles per millilitre (where the source gives a molar amount).""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['EvQuantification']} })
    particles_per_ug_protein: Optional[float] = Field(default=None, description="""Ratio of particles to micrograms of protein, an indicator of purity, as the source gives it or as computed from its figures.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['EvQuantification']} })


class EvMarkerProfile(ConfiguredBaseModel):
    """
    The protein markers shown, by category (transmembrane or GPI-anchored, cytosolic, non-EV co-isolated contaminants), and the antibodies used to show them.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'mscexo:EvMarkerProfile',
         'from_schema': 'https://w3id.org/mscexo/schema',
         'mixin': True})

    ev_transmembrane_markers: Optional[list[str]] = Field(default=None, description="""Transmembrane or GPI-anchored proteins shown in the vesicles (for example CD63, CD81, CD9), as named.""", json_schema_extra = { "linkml_meta": {'domain_of': ['EvMarkerProfile']} })
    ev_cytosolic_markers: Optional[list[str]] = Field(default=None, description="""Cytosolic proteins shown in the vesicles (for example TSG101, ALIX, syntenin), as named.""", json_schema_extra = { "linkml_meta": {'domain_of': ['EvMarkerProfile']} })
    ev_contaminant_markers: Optional[list[str]] = Field(default=None, description="""Markers of non-EV material checked for (for example calnexin, GM130, apolipoprotein A1, albumin), as named; whether each was found absent is in `ev_negative_markers`.""", json_schema_extra = { "linkml_meta": {'domain_of': ['EvMarkerProfile']} })
    antibody_details: Optional[list[str]] = Field(default=None, description="""The antibodies used for the markers, one per item: target, clone, supplier and catalogue number as the source gives them (for example \"CD63; clone H5C6; BD Biosciences 556019\").""", json_schema_extra = { "linkml_meta": {'domain_of': ['EvMarkerProfile']} })


class EvStorage(ConfiguredBaseModel):
    """
    How the preparation was stored before use.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'mscexo:EvStorage',
         'from_schema': 'https://w3id.org/mscexo/schema',
         'mixin': True})

    storage_temperature_c: Optional[float] = Field(default=None, description="""Storage temperature of the preparation, in degrees Celsius (for example -80).""", json_schema_extra = { "linkml_meta": {'domain_of': ['EvStorage']} })
    storage_buffer: Optional[str] = Field(default=None, description="""Buffer or solution in which the preparation was stored, as named (for example \"PBS\").""", json_schema_extra = { "linkml_meta": {'domain_of': ['EvStorage']} })
    storage_duration_days: Optional[float] = Field(default=None, description="""Longest storage time before use, in days.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['EvStorage']} })
    freeze_thaw_cycles: Optional[int] = Field(default=None, description="""Number of freeze-thaw cycles before use.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['EvStorage']} })


class EvPotency(ConfiguredBaseModel):
    """
    The potency assay, the ISCT marker percentages measured on the producer cells and the EV-TRACK identifier of the experiment, where the study registered one.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'mscexo:EvPotency',
         'from_schema': 'https://w3id.org/mscexo/schema',
         'mixin': True})

    potency_assay_kind: Optional[PotencyAssayKindEnum] = Field(default=None, description="""What the potency assay measures, in broad classes (the classes are this schema's, not a standard's; describe the assay itself in `potency_assay`).""", json_schema_extra = { "linkml_meta": {'domain_of': ['EvPotency']} })
    potency_assay: Optional[str] = Field(default=None, description="""The potency assay as the source describes it (read-out, target cells, what counts as potent).""", json_schema_extra = { "linkml_meta": {'domain_of': ['EvPotency']} })
    isct_positive_min_percent: Optional[float] = Field(default=None, description="""The lowest percentage of producer cells positive for an ISCT positive marker (CD73, CD90, CD105) that the source reports; ISCT asks for at least 95.""", ge=0, le=100, json_schema_extra = { "linkml_meta": {'domain_of': ['EvPotency']} })
    isct_negative_max_percent: Optional[float] = Field(default=None, description="""The highest percentage of producer cells positive for an ISCT negative marker that the source reports; ISCT asks for at most 2.""", ge=0, le=100, json_schema_extra = { "linkml_meta": {'domain_of': ['EvPotency']} })
    ev_track_id: Optional[str] = Field(default=None, description="""Identifier of the experiment in the EV-TRACK knowledgebase, as the source prints it (its format is not checked: no specification of it could be confirmed here).""", json_schema_extra = { "linkml_meta": {'domain_of': ['EvPotency']} })


class Document(ConfiguredBaseModel):
    """
    A source document that MSC-Exo was curated from (a review, viewpoint, comment or a bibliographic record), with its bibliographic facts and the checksum of the text that was read.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'table_name': {'tag': 'table_name', 'value': 'documents'}},
         'class_uri': 'bibo:Document',
         'from_schema': 'https://w3id.org/mscexo/schema',
         'slot_usage': {'id': {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                                                    'value': 'doi: and '
                                                                             'the DOI '
                                                                             '(doi:10.1155/2021/2616807), '
                                                                             'or '
                                                                             'mscexo:doc- '
                                                                             'and a '
                                                                             'lower-case '
                                                                             'slug'}},
                               'description': 'Identifier of the document: a DOI CURIE '
                                              '(`doi:10.xxxx/...`) where the DOI is '
                                              'known and verified, otherwise a local '
                                              'MSC-Exo identifier (`mscexo:doc-...`).',
                               'examples': [{'value': 'doi:10.4252/wjsc.v12.i2.100'}],
                               'name': 'id',
                               'pattern': '^(doi:10\\.[0-9]{4,9}/[-._;()/:A-Za-z0-9]+|mscexo:doc-[a-z0-9-]+)$'},
                        'title': {'description': 'Title of the document as published.',
                                  'name': 'title',
                                  'required': True}}})

    id: str = Field(default=..., description="""Identifier of the document: a DOI CURIE (`doi:10.xxxx/...`) where the DOI is known and verified, otherwise a local MSC-Exo identifier (`mscexo:doc-...`).""", json_schema_extra = { "linkml_meta": {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                              'value': 'doi: and the DOI '
                                                       '(doi:10.1155/2021/2616807), or '
                                                       'mscexo:doc- and a lower-case '
                                                       'slug'}},
         'domain_of': ['Document',
                       'CitedWork',
                       'MscSource',
                       'Cargo',
                       'Condition',
                       'Trial',
                       'Product',
                       'CargoFinding',
                       'PreclinicalStudy',
                       'ClinicalTrial',
                       'GeneticModification',
                       'ApprovedProduct',
                       'Statistic',
                       'SourceTable',
                       'Exclusion',
                       'Retirement'],
         'examples': [{'value': 'doi:10.4252/wjsc.v12.i2.100'}],
         'slot_uri': 'sdo:identifier'} })
    title: str = Field(default=..., description="""Title of the document as published.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Release', 'Document'], 'slot_uri': 'dcterms:title'} })
    authors: Optional[list[str]] = Field(default=None, description="""Authors of the document, in the order of the byline, as \"Surname Initials\".""", json_schema_extra = { "linkml_meta": {'domain_of': ['Document'], 'slot_uri': 'dcterms:creator'} })
    journal: Optional[str] = Field(default=None, description="""Journal in which the document appeared.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Document'], 'slot_uri': 'sdo:isPartOf'} })
    year: Optional[int] = Field(default=None, description="""Publication year.""", ge=1900, le=2100, json_schema_extra = { "linkml_meta": {'domain_of': ['Document', 'CitedWork'], 'slot_uri': 'sdo:datePublished'} })
    volume: Optional[str] = Field(default=None, description="""Journal volume.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Document'], 'slot_uri': 'bibo:volume'} })
    issue: Optional[str] = Field(default=None, description="""Journal issue.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Document'], 'slot_uri': 'bibo:issue'} })
    pages: Optional[str] = Field(default=None, description="""Page range.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Document'], 'slot_uri': 'bibo:pages'} })
    article_number: Optional[str] = Field(default=None, description="""Article number, for journals that number articles instead of pages.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Document']} })
    doi: Optional[str] = Field(default=None, description="""Digital Object Identifier, without the `doi:` prefix or resolver; empty unless verified.""", json_schema_extra = { "linkml_meta": {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                              'value': 'a DOI without prefix or '
                                                       'resolver, such as '
                                                       '10.4252/wjsc.v12.i2.100'}},
         'domain_of': ['Release', 'Document'],
         'examples': [{'value': '10.4252/wjsc.v12.i2.100'}],
         'slot_uri': 'bibo:doi'} })
    pmid: Optional[str] = Field(default=None, description="""PubMed identifier; empty unless verified.""", json_schema_extra = { "linkml_meta": {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                              'value': 'a PubMed number: up to nine '
                                                       'digits, not starting with 0'}},
         'domain_of': ['Document'],
         'slot_uri': 'bibo:pmid'} })
    pmcid: Optional[str] = Field(default=None, description="""PubMed Central identifier; empty unless verified.""", json_schema_extra = { "linkml_meta": {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                              'value': 'PMC and digits, such as '
                                                       'PMC8273572'}},
         'domain_of': ['Document']} })
    document_type: DocumentTypeEnum = Field(default=..., description="""Kind of document.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Document'], 'slot_uri': 'dcterms:type'} })
    licence: Optional[DocumentLicenceEnum] = Field(default=None, description="""Licence under which the document was published.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Document'], 'slot_uri': 'dcterms:license'} })
    licence_note: Optional[str] = Field(default=None, description="""What is and is not verified about the licence.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Document']} })
    text_file: Optional[str] = Field(default=None, description="""File name of the plain-text copy that was curated (kept outside the repository).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Document']} })
    text_sha256: Optional[str] = Field(default=None, description="""SHA-256 checksum of the plain-text copy that was curated, so that snippets can be checked against exactly that text.""", json_schema_extra = { "linkml_meta": {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                              'value': '64 lower-case hexadecimal '
                                                       'digits (a SHA-256 checksum)'}},
         'domain_of': ['Document']} })

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(doi:10\.[0-9]{4,9}/[-._;()/:A-Za-z0-9]+|mscexo:doc-[a-z0-9-]+)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('doi')
    def pattern_doi(cls, v):
        pattern=re.compile(r"^10\.[0-9]{4,9}/[-._;()/:A-Za-z0-9]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid doi format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid doi format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('pmid')
    def pattern_pmid(cls, v):
        pattern=re.compile(r"^[1-9][0-9]{0,8}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid pmid format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid pmid format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('pmcid')
    def pattern_pmcid(cls, v):
        pattern=re.compile(r"^PMC[0-9]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid pmcid format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid pmcid format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('text_sha256')
    def pattern_text_sha256(cls, v):
        pattern=re.compile(r"^[0-9a-f]{64}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid text_sha256 format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid text_sha256 format: {v}"
            raise ValueError(err_msg)
        return v


class CitedWork(Provenance):
    """
    A work cited inside a source document, as that document cites it (for example \"Damania et al[23], 2018\"). Studies and trials point to it so that a reader can follow a fact back to the primary literature. Only what the citing document states is kept.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'table_name': {'tag': 'table_name', 'value': 'cited_works'}},
         'class_uri': 'mscexo:CitedWork',
         'close_mappings': ['sdo:CreativeWork', 'dcterms:BibliographicResource'],
         'from_schema': 'https://w3id.org/mscexo/schema',
         'mixins': ['Provenance'],
         'slot_usage': {'id': {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                                                    'value': 'CW-, the '
                                                                             'document '
                                                                             'code and '
                                                                             'the '
                                                                             'reference '
                                                                             'number, '
                                                                             'such as '
                                                                             'CW-WJSC20-23'}},
                               'description': 'Identifier of the cited work: `CW-`, '
                                              'the short code of the citing document '
                                              'and the reference number (or a short '
                                              'slug where the document gives no '
                                              'number).',
                               'examples': [{'value': 'CW-WJSC20-23'}],
                               'name': 'id',
                               'pattern': '^CW-[A-Z][A-Z0-9]*-[0-9A-Za-z]+$'},
                        'year': {'description': 'Publication year of the cited work, '
                                                'as the citing document gives it.',
                                 'name': 'year'}},
         'unique_keys': {'reference_in_document': {'description': "A document's "
                                                                  'reference number '
                                                                  'names one cited '
                                                                  'work.',
                                                   'unique_key_name': 'reference_in_document',
                                                   'unique_key_slots': ['document_id',
                                                                        'reference_number']}}})

    id: str = Field(default=..., description="""Identifier of the cited work: `CW-`, the short code of the citing document and the reference number (or a short slug where the document gives no number).""", json_schema_extra = { "linkml_meta": {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                              'value': 'CW-, the document code and the '
                                                       'reference number, such as '
                                                       'CW-WJSC20-23'}},
         'domain_of': ['Document',
                       'CitedWork',
                       'MscSource',
                       'Cargo',
                       'Condition',
                       'Trial',
                       'Product',
                       'CargoFinding',
                       'PreclinicalStudy',
                       'ClinicalTrial',
                       'GeneticModification',
                       'ApprovedProduct',
                       'Statistic',
                       'SourceTable',
                       'Exclusion',
                       'Retirement'],
         'examples': [{'value': 'CW-WJSC20-23'}],
         'slot_uri': 'sdo:identifier'} })
    reference_number: Optional[int] = Field(default=None, description="""Number of the reference in the citing document's reference list.""", ge=1, json_schema_extra = { "linkml_meta": {'domain_of': ['CitedWork']} })
    first_author: Optional[str] = Field(default=None, description="""Surname of the first author of a cited work, as the citing document writes it.""", json_schema_extra = { "linkml_meta": {'domain_of': ['CitedWork']} })
    year: Optional[int] = Field(default=None, description="""Publication year of the cited work, as the citing document gives it.""", ge=1900, le=2100, json_schema_extra = { "linkml_meta": {'domain_of': ['Document', 'CitedWork'], 'slot_uri': 'sdo:datePublished'} })
    cited_title: Optional[str] = Field(default=None, description="""Title of the cited work, where the citing document gives it.""", json_schema_extra = { "linkml_meta": {'domain_of': ['CitedWork'], 'slot_uri': 'dcterms:title'} })
    document_id: str = Field(default=..., description="""The source document that states the fact.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Provenance', 'Exclusion'], 'slot_uri': 'prov:wasDerivedFrom'} })
    locator: str = Field(default=..., description="""Where in the document the fact stands: a table and row (\"Table 3, row 2\"), a section (\"Introduction, paragraph 2\") or a figure legend.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Provenance'], 'examples': [{'value': 'Table 1, row 3'}]} })
    evidence: str = Field(default=..., description="""A short verbatim snippet of the document (one line, at most 160 characters) that supports the row. It is checked against the document text when the documents are available.""", json_schema_extra = { "linkml_meta": {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                              'value': 'one line of at most 160 '
                                                       'characters'}},
         'domain_of': ['Provenance'],
         'slot_uri': 'prov:value'} })
    confidence: Optional[float] = Field(default=None, description="""The curator's confidence that the row reproduces the document correctly, from 0 to 1. Empty means the curator had no doubt; a value below 1 comes with a curation note saying why (for example an uncertain row alignment in a flattened table).""", ge=0, le=1, json_schema_extra = { "linkml_meta": {'domain_of': ['Provenance']} })
    curation_note: Optional[str] = Field(default=None, description="""A note by the curator about how the row was read, in our own words.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Provenance', 'Trial', 'Product'], 'slot_uri': 'skos:note'} })

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^CW-[A-Z][A-Z0-9]*-[0-9A-Za-z]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('evidence')
    def pattern_evidence(cls, v):
        pattern=re.compile(r"^.{1,160}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid evidence format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid evidence format: {v}"
            raise ValueError(err_msg)
        return v


class MscSource(ConfiguredBaseModel):
    """
    A canonical source of the cells that produce the vesicles: usually a tissue from which MSCs are isolated (bone marrow, adipose tissue, umbilical cord ...), together with every abbreviation the literature uses for it, so that \"BM-MSC\", \"BMSC\" and \"BMMSC\" resolve to one row. Non-MSC producer cells named by the documents (embryonic or induced pluripotent stem cells, cardiac stem cells) are rows too, with their cell kind.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'table_name': {'tag': 'table_name', 'value': 'msc_sources'}},
         'class_uri': 'mscexo:MscSource',
         'from_schema': 'https://w3id.org/mscexo/schema',
         'slot_usage': {'id': {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                                                    'value': 'a short '
                                                                             'name in '
                                                                             'letters '
                                                                             'and '
                                                                             'digits '
                                                                             'joined '
                                                                             'by '
                                                                             'hyphens, '
                                                                             'starting '
                                                                             'with a '
                                                                             'capital, '
                                                                             'such as '
                                                                             'BM-MSC'}},
                               'description': 'Canonical short name of the source, '
                                              'used as its identifier.',
                               'examples': [{'value': 'BM-MSC'}],
                               'name': 'id',
                               'pattern': '^[A-Z][A-Za-z0-9]*(-[A-Za-z0-9]+)*$'},
                        'label': {'description': 'Full name of the source, for example '
                                                 '"bone marrow-derived MSC".',
                                  'name': 'label',
                                  'required': True}}})

    id: str = Field(default=..., description="""Canonical short name of the source, used as its identifier.""", json_schema_extra = { "linkml_meta": {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                              'value': 'a short name in letters and '
                                                       'digits joined by hyphens, '
                                                       'starting with a capital, such '
                                                       'as BM-MSC'}},
         'domain_of': ['Document',
                       'CitedWork',
                       'MscSource',
                       'Cargo',
                       'Condition',
                       'Trial',
                       'Product',
                       'CargoFinding',
                       'PreclinicalStudy',
                       'ClinicalTrial',
                       'GeneticModification',
                       'ApprovedProduct',
                       'Statistic',
                       'SourceTable',
                       'Exclusion',
                       'Retirement'],
         'examples': [{'value': 'BM-MSC'}],
         'slot_uri': 'sdo:identifier'} })
    label: str = Field(default=..., description="""Full name of the source, for example \"bone marrow-derived MSC\".""", json_schema_extra = { "linkml_meta": {'domain_of': ['MscSource', 'Condition', 'Trial'], 'slot_uri': 'sdo:name'} })
    abbreviations: Optional[list[str]] = Field(default=None, description="""Every abbreviation the literature uses for this source (for example BM-MSC, BMSC, BMMSC), so that each can be mapped to this canonical row.""", json_schema_extra = { "linkml_meta": {'domain_of': ['MscSource'], 'slot_uri': 'sdo:alternateName'} })
    cell_kind: CellKindEnum = Field(default=..., description="""What kind of cell this source provides.""", json_schema_extra = { "linkml_meta": {'domain_of': ['MscSource']} })
    tissue: Optional[TissueEnum] = Field(default=None, description="""Tissue from which the cells are isolated.""", json_schema_extra = { "linkml_meta": {'domain_of': ['MscSource']} })
    description: Optional[str] = Field(default=None, description="""A short explanation in our own words.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Release', 'MscSource'], 'slot_uri': 'dcterms:description'} })

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^[A-Z][A-Za-z0-9]*(-[A-Za-z0-9]+)*$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class Cargo(ConfiguredBaseModel):
    """
    A molecule carried by MSC-derived vesicles (a microRNA, long non-coding RNA, protein, growth factor, cytokine, EV marker protein, lipid ...), named as the literature names it. What the molecule does is recorded in cargo findings, one row per statement.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'table_name': {'tag': 'table_name', 'value': 'cargo'}},
         'class_uri': 'mscexo:Cargo',
         'from_schema': 'https://w3id.org/mscexo/schema',
         'slot_usage': {'id': {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                                                    'value': 'CG- and '
                                                                             'the '
                                                                             "molecule's "
                                                                             'name '
                                                                             'without '
                                                                             'spaces, '
                                                                             'such as '
                                                                             'CG-miR-21'}},
                               'description': 'Identifier of the cargo molecule, `CG-` '
                                              'followed by its name without spaces.',
                               'examples': [{'value': 'CG-miR-21'}],
                               'name': 'id',
                               'pattern': '^CG-[A-Za-z0-9][A-Za-z0-9._-]*$'},
                        'name': {'description': 'Name of the molecule as the '
                                                'literature writes it (for example '
                                                '"miR-21").',
                                 'name': 'name',
                                 'required': True}}})

    id: str = Field(default=..., description="""Identifier of the cargo molecule, `CG-` followed by its name without spaces.""", json_schema_extra = { "linkml_meta": {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                              'value': "CG- and the molecule's name "
                                                       'without spaces, such as '
                                                       'CG-miR-21'}},
         'domain_of': ['Document',
                       'CitedWork',
                       'MscSource',
                       'Cargo',
                       'Condition',
                       'Trial',
                       'Product',
                       'CargoFinding',
                       'PreclinicalStudy',
                       'ClinicalTrial',
                       'GeneticModification',
                       'ApprovedProduct',
                       'Statistic',
                       'SourceTable',
                       'Exclusion',
                       'Retirement'],
         'examples': [{'value': 'CG-miR-21'}],
         'slot_uri': 'sdo:identifier'} })
    name: str = Field(default=..., description="""Name of the molecule as the literature writes it (for example \"miR-21\").""", json_schema_extra = { "linkml_meta": {'domain_of': ['Release', 'Cargo', 'Product', 'ApprovedProduct'],
         'slot_uri': 'sdo:name'} })
    synonyms: Optional[list[str]] = Field(default=None, description="""Other names the literature uses for the same thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Cargo', 'Condition', 'Product'], 'slot_uri': 'skos:altLabel'} })
    molecule_type: MoleculeTypeEnum = Field(default=..., description="""Kind of molecule.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Cargo']} })
    mirbase_id: Optional[str] = Field(default=None, description="""miRBase accession of a microRNA (mature MIMAT or precursor MI); empty unless verified.""", json_schema_extra = { "linkml_meta": {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                              'value': 'a miRBase accession: MIMAT or '
                                                       'MI and seven digits'}},
         'domain_of': ['Cargo']} })
    hgnc_id: Optional[str] = Field(default=None, description="""HGNC identifier of the human gene encoding a protein cargo; empty unless verified.""", json_schema_extra = { "linkml_meta": {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                              'value': 'HGNC: and digits, such as '
                                                       'HGNC:11892'}},
         'domain_of': ['Cargo']} })

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^CG-[A-Za-z0-9][A-Za-z0-9._-]*$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('mirbase_id')
    def pattern_mirbase_id(cls, v):
        pattern=re.compile(r"^MI(MAT)?[0-9]{7}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid mirbase_id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid mirbase_id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('hgnc_id')
    def pattern_hgnc_id(cls, v):
        pattern=re.compile(r"^HGNC:[0-9]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid hgnc_id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid hgnc_id format: {v}"
            raise ValueError(err_msg)
        return v


class Condition(ConfiguredBaseModel):
    """
    A disease, injury or non-disease context (angiogenesis, bone regeneration, wound healing) that statements are about: one row per real thing, whatever the spelling in the documents. Diseases are grounded in MONDO, contexts in GO or HP where a term exists; the mapping decisions are kept in `curation/conditions.sssom.tsv` (SSSOM). Statements reference a condition by `condition_id` and keep the printed words in `condition_as_reported`.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'table_name': {'tag': 'table_name', 'value': 'conditions'}},
         'class_uri': 'mscexo:Condition',
         'close_mappings': ['sdo:MedicalCondition'],
         'from_schema': 'https://w3id.org/mscexo/schema',
         'slot_usage': {'id': {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                                                    'value': 'CO- and '
                                                                             'a '
                                                                             'lower-case '
                                                                             'slug of '
                                                                             'the '
                                                                             'label, '
                                                                             'such as '
                                                                             'CO-myocardial-infarction'}},
                               'description': 'Identifier of the condition, `CO-` and '
                                              'a slug of its label.',
                               'examples': [{'value': 'CO-myocardial-infarction'}],
                               'name': 'id',
                               'pattern': '^CO-[a-z0-9]+(-[a-z0-9]+)*$'},
                        'label': {'description': 'Canonical name of the condition (the '
                                                 'MONDO label when the match is '
                                                 'exact).',
                                  'name': 'label',
                                  'required': True},
                        'synonyms': {'description': 'Every form in which the documents '
                                                    'print the condition, and its '
                                                    'abbreviations.',
                                     'name': 'synonyms'}}})

    id: str = Field(default=..., description="""Identifier of the condition, `CO-` and a slug of its label.""", json_schema_extra = { "linkml_meta": {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                              'value': 'CO- and a lower-case slug of '
                                                       'the label, such as '
                                                       'CO-myocardial-infarction'}},
         'domain_of': ['Document',
                       'CitedWork',
                       'MscSource',
                       'Cargo',
                       'Condition',
                       'Trial',
                       'Product',
                       'CargoFinding',
                       'PreclinicalStudy',
                       'ClinicalTrial',
                       'GeneticModification',
                       'ApprovedProduct',
                       'Statistic',
                       'SourceTable',
                       'Exclusion',
                       'Retirement'],
         'examples': [{'value': 'CO-myocardial-infarction'}],
         'slot_uri': 'sdo:identifier'} })
    label: str = Field(default=..., description="""Canonical name of the condition (the MONDO label when the match is exact).""", json_schema_extra = { "linkml_meta": {'domain_of': ['MscSource', 'Condition', 'Trial'], 'slot_uri': 'sdo:name'} })
    condition_kind: ConditionKindEnum = Field(default=..., description="""Whether the condition is a disease or a non-disease context.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Condition']} })
    synonyms: Optional[list[str]] = Field(default=None, description="""Every form in which the documents print the condition, and its abbreviations.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Cargo', 'Condition', 'Product'], 'slot_uri': 'skos:altLabel'} })
    disease_area: Optional[DiseaseAreaEnum] = Field(default=None, description="""Broad disease area of the condition, for grouping and plotting; empty for a context that belongs to no organ system.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Condition']} })
    mondo_id: Optional[str] = Field(default=None, description="""The MONDO disease term for the condition (exact or, with the predicate in the SSSOM file, the closest broader term); empty with an `unmapped_reason` when none fits.""", json_schema_extra = { "linkml_meta": {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                              'value': 'MONDO: and seven digits, such '
                                                       'as MONDO:0005068'}},
         'domain_of': ['Condition'],
         'examples': [{'value': 'MONDO:0005068'}]} })
    context_term_id: Optional[str] = Field(default=None, description="""The GO biological process or HP phenotype term for a non-disease context, where one exists.""", json_schema_extra = { "linkml_meta": {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                              'value': 'a GO or HP identifier with '
                                                       'seven digits, such as '
                                                       'GO:0001525'}},
         'domain_of': ['Condition']} })
    xrefs: Optional[list[str]] = Field(default=None, description="""Identifiers of the same disease in other vocabularies (DOID, NCIT): MONDO's own exact-match mappings of `mondo_id` when that is an exact match (none for a broader term), never added by hand.""", json_schema_extra = { "linkml_meta": {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                              'value': 'a DOID or NCIT identifier, '
                                                       'such as DOID:5844 or '
                                                       'NCIT:C27996'}},
         'domain_of': ['Condition'],
         'slot_uri': 'skos:exactMatch'} })
    unmapped_reason: Optional[str] = Field(default=None, description="""Why the condition has no ontology term, in our own words.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Condition']} })

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^CO-[a-z0-9]+(-[a-z0-9]+)*$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('mondo_id')
    def pattern_mondo_id(cls, v):
        pattern=re.compile(r"^MONDO:[0-9]{7}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid mondo_id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid mondo_id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('context_term_id')
    def pattern_context_term_id(cls, v):
        pattern=re.compile(r"^(GO|HP):[0-9]{7}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid context_term_id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid context_term_id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('xrefs')
    def pattern_xrefs(cls, v):
        pattern=re.compile(r"^(DOID|NCIT):[A-Z0-9]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid xrefs format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid xrefs format: {v}"
            raise ValueError(err_msg)
        return v


class Trial(ConfiguredBaseModel):
    """
    A real clinical trial, once, however many documents report it. Its identifier is the ClinicalTrials.gov number where the trial is registered, and a minted `TR-` number otherwise. Reports of the trial (rows of `clinical_trials`) reference it by `trial_id`.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'table_name': {'tag': 'table_name', 'value': 'trials'}},
         'class_uri': 'sdo:MedicalTrial',
         'from_schema': 'https://w3id.org/mscexo/schema',
         'slot_usage': {'id': {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                                                    'value': 'an NCT '
                                                                             'number '
                                                                             '(NCT and '
                                                                             'eight '
                                                                             'digits) '
                                                                             'or TR- '
                                                                             'and four '
                                                                             'digits'}},
                               'description': 'The NCT number of a registered trial; '
                                              '`TR-` and four digits for a trial the '
                                              'documents report without a registry '
                                              'number.',
                               'examples': [{'value': 'NCT04491240'}],
                               'name': 'id',
                               'pattern': '^(NCT[0-9]{8}|TR-[0-9]{4})$'},
                        'label': {'description': 'A short description of the trial in '
                                                 'our own words, from what the '
                                                 'documents say.',
                                  'name': 'label',
                                  'required': True}},
         'unique_keys': {'registered_once': {'description': 'A registry number names '
                                                            'one trial.',
                                             'unique_key_name': 'registered_once',
                                             'unique_key_slots': ['nct_id']}}})

    id: str = Field(default=..., description="""The NCT number of a registered trial; `TR-` and four digits for a trial the documents report without a registry number.""", json_schema_extra = { "linkml_meta": {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                              'value': 'an NCT number (NCT and eight '
                                                       'digits) or TR- and four '
                                                       'digits'}},
         'domain_of': ['Document',
                       'CitedWork',
                       'MscSource',
                       'Cargo',
                       'Condition',
                       'Trial',
                       'Product',
                       'CargoFinding',
                       'PreclinicalStudy',
                       'ClinicalTrial',
                       'GeneticModification',
                       'ApprovedProduct',
                       'Statistic',
                       'SourceTable',
                       'Exclusion',
                       'Retirement'],
         'examples': [{'value': 'NCT04491240'}],
         'slot_uri': 'sdo:identifier'} })
    nct_id: Optional[str] = Field(default=None, description="""ClinicalTrials.gov registry number; empty for a trial the document reports without one.""", json_schema_extra = { "linkml_meta": {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                              'value': 'NCT and eight digits, such as '
                                                       'NCT04491240'}},
         'domain_of': ['Trial', 'ClinicalTrial'],
         'examples': [{'value': 'NCT04491240'}]} })
    label: str = Field(default=..., description="""A short description of the trial in our own words, from what the documents say.""", json_schema_extra = { "linkml_meta": {'domain_of': ['MscSource', 'Condition', 'Trial'], 'slot_uri': 'sdo:name'} })
    curation_note: Optional[str] = Field(default=None, description="""A note by the curator about how the row was read, in our own words.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Provenance', 'Trial', 'Product'], 'slot_uri': 'skos:note'} })

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^(NCT[0-9]{8}|TR-[0-9]{4})$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('nct_id')
    def pattern_nct_id(cls, v):
        pattern=re.compile(r"^NCT[0-9]{8}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid nct_id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid nct_id format: {v}"
            raise ValueError(err_msg)
        return v


class Product(ConfiguredBaseModel):
    """
    A named product (a cell therapy, an exosome product or an investigational agent), once, however many documents and statements mention it. Approvals and trial reports reference it by `product_id`; each keeps what its document says.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'table_name': {'tag': 'table_name', 'value': 'products'}},
         'class_uri': 'mscexo:Product',
         'close_mappings': ['sdo:Product'],
         'from_schema': 'https://w3id.org/mscexo/schema',
         'slot_usage': {'id': {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                                                    'value': 'PR- and '
                                                                             'a '
                                                                             'lower-case '
                                                                             'slug of '
                                                                             'the '
                                                                             'name, '
                                                                             'such as '
                                                                             'PR-prochymal'}},
                               'description': 'Identifier of the product, `PR-` and a '
                                              'slug of its name.',
                               'examples': [{'value': 'PR-prochymal'}],
                               'name': 'id',
                               'pattern': '^PR-[a-z0-9]+(-[a-z0-9]+)*$'},
                        'msc_source_id': {'description': 'Source of the cells, only '
                                                         'where a document states it.',
                                          'name': 'msc_source_id'},
                        'name': {'description': 'Name of the product as the documents '
                                                'print it (without trademark signs).',
                                 'name': 'name',
                                 'required': True},
                        'product_type': {'name': 'product_type', 'required': False},
                        'synonyms': {'description': 'Other names the documents print '
                                                    'for the same product.',
                                     'name': 'synonyms'}}})

    id: str = Field(default=..., description="""Identifier of the product, `PR-` and a slug of its name.""", json_schema_extra = { "linkml_meta": {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                              'value': 'PR- and a lower-case slug of '
                                                       'the name, such as '
                                                       'PR-prochymal'}},
         'domain_of': ['Document',
                       'CitedWork',
                       'MscSource',
                       'Cargo',
                       'Condition',
                       'Trial',
                       'Product',
                       'CargoFinding',
                       'PreclinicalStudy',
                       'ClinicalTrial',
                       'GeneticModification',
                       'ApprovedProduct',
                       'Statistic',
                       'SourceTable',
                       'Exclusion',
                       'Retirement'],
         'examples': [{'value': 'PR-prochymal'}],
         'slot_uri': 'sdo:identifier'} })
    name: str = Field(default=..., description="""Name of the product as the documents print it (without trademark signs).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Release', 'Cargo', 'Product', 'ApprovedProduct'],
         'slot_uri': 'sdo:name'} })
    synonyms: Optional[list[str]] = Field(default=None, description="""Other names the documents print for the same product.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Cargo', 'Condition', 'Product'], 'slot_uri': 'skos:altLabel'} })
    product_type: Optional[ProductTypeEnum] = Field(default=None, description="""What was given or studied (cells, exosomes, EVs, conditioned medium, secretome ...).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Product',
                       'CargoFinding',
                       'PreclinicalStudy',
                       'ClinicalTrial',
                       'ApprovedProduct']} })
    msc_source_id: Optional[str] = Field(default=None, description="""Source of the cells, only where a document states it.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Product',
                       'CargoFinding',
                       'PreclinicalStudy',
                       'ClinicalTrial',
                       'GeneticModification',
                       'ApprovedProduct']} })
    developer: Optional[str] = Field(default=None, description="""Company or institution that develops or markets the product, where a document states it.""", json_schema_extra = { "linkml_meta": {'close_mappings': ['sdo:manufacturer'], 'domain_of': ['Product']} })
    curation_note: Optional[str] = Field(default=None, description="""A note by the curator about how the row was read, in our own words.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Provenance', 'Trial', 'Product'], 'slot_uri': 'skos:note'} })

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^PR-[a-z0-9]+(-[a-z0-9]+)*$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class CargoFinding(Provenance):
    """
    One statement of a source document about a cargo molecule of MSC-derived vesicles: what it does (effect), on which target or pathway, in vesicles of which source cells and in which disease context.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'table_name': {'tag': 'table_name',
                                        'value': 'cargo_findings'}},
         'class_uri': 'mscexo:CargoFinding',
         'from_schema': 'https://w3id.org/mscexo/schema',
         'mixins': ['Provenance'],
         'slot_usage': {'cargo_id': {'name': 'cargo_id', 'required': True},
                        'id': {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                                                    'value': 'CF-, the '
                                                                             'document '
                                                                             'code and '
                                                                             'a '
                                                                             'running '
                                                                             'number '
                                                                             'of three '
                                                                             'or more '
                                                                             'digits, '
                                                                             'such as '
                                                                             'CF-SCI21-001'}},
                               'description': 'Identifier of the finding, `CF-`, the '
                                              'document code and a running number.',
                               'examples': [{'value': 'CF-SCI21-001'}],
                               'name': 'id',
                               'pattern': '^CF-[A-Z][A-Z0-9]*-[0-9]{3,}$'}}})

    id: str = Field(default=..., description="""Identifier of the finding, `CF-`, the document code and a running number.""", json_schema_extra = { "linkml_meta": {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                              'value': 'CF-, the document code and a '
                                                       'running number of three or '
                                                       'more digits, such as '
                                                       'CF-SCI21-001'}},
         'domain_of': ['Document',
                       'CitedWork',
                       'MscSource',
                       'Cargo',
                       'Condition',
                       'Trial',
                       'Product',
                       'CargoFinding',
                       'PreclinicalStudy',
                       'ClinicalTrial',
                       'GeneticModification',
                       'ApprovedProduct',
                       'Statistic',
                       'SourceTable',
                       'Exclusion',
                       'Retirement'],
         'examples': [{'value': 'CF-SCI21-001'}],
         'slot_uri': 'sdo:identifier'} })
    cargo_id: str = Field(default=..., description="""The cargo molecule the finding is about.""", json_schema_extra = { "linkml_meta": {'domain_of': ['CargoFinding']} })
    msc_source_id: Optional[str] = Field(default=None, description="""Canonical source of the cells that produced the product (see the msc_sources table).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Product',
                       'CargoFinding',
                       'PreclinicalStudy',
                       'ClinicalTrial',
                       'GeneticModification',
                       'ApprovedProduct']} })
    cell_type_as_reported: Optional[str] = Field(default=None, description="""The producer cell type exactly as the document names it (for example \"BMSCs\").""", json_schema_extra = { "linkml_meta": {'domain_of': ['CargoFinding',
                       'PreclinicalStudy',
                       'ClinicalTrial',
                       'GeneticModification',
                       'ApprovedProduct']} })
    product_type: ProductTypeEnum = Field(default=..., description="""What was given or studied (cells, exosomes, EVs, conditioned medium, secretome ...).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Product',
                       'CargoFinding',
                       'PreclinicalStudy',
                       'ClinicalTrial',
                       'ApprovedProduct']} })
    effect: str = Field(default=..., description="""What the cargo does, as the document states it, in our own words.""", json_schema_extra = { "linkml_meta": {'domain_of': ['CargoFinding']} })
    target: Optional[str] = Field(default=None, description="""Gene, protein or cell the cargo acts on, as the document names it.""", json_schema_extra = { "linkml_meta": {'domain_of': ['CargoFinding']} })
    pathway: Optional[str] = Field(default=None, description="""Signalling pathway the document names.""", json_schema_extra = { "linkml_meta": {'domain_of': ['CargoFinding']} })
    condition_id: Optional[str] = Field(default=None, description="""The condition (disease, injury or non-disease context) the statement is about; empty when the document names none.""", json_schema_extra = { "linkml_meta": {'domain_of': ['CargoFinding',
                       'PreclinicalStudy',
                       'ClinicalTrial',
                       'GeneticModification',
                       'ApprovedProduct'],
         'slot_uri': 'sdo:healthCondition'} })
    condition_as_reported: Optional[str] = Field(default=None, description="""The condition exactly as the document words it.""", json_schema_extra = { "linkml_meta": {'domain_of': ['CargoFinding',
                       'PreclinicalStudy',
                       'ClinicalTrial',
                       'GeneticModification']} })
    model: Optional[str] = Field(default=None, description="""Experimental model as the document describes it (for example \"Liver fibrosis model\").""", json_schema_extra = { "linkml_meta": {'domain_of': ['CargoFinding', 'PreclinicalStudy', 'GeneticModification']} })
    organism: Optional[OrganismEnum] = Field(default=None, description="""Species.""", json_schema_extra = { "linkml_meta": {'domain_of': ['CargoFinding', 'PreclinicalStudy', 'GeneticModification']} })
    cited_work_ids: Optional[list[str]] = Field(default=None, description="""The works the document cites for the statement, all of them when one sentence cites several (\"[91-95]\"); empty when it cites none. Count distinct cited works to count distinct studies.""", json_schema_extra = { "linkml_meta": {'domain_of': ['CargoFinding',
                       'PreclinicalStudy',
                       'ClinicalTrial',
                       'GeneticModification'],
         'slot_uri': 'dcterms:references'} })
    document_id: str = Field(default=..., description="""The source document that states the fact.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Provenance', 'Exclusion'], 'slot_uri': 'prov:wasDerivedFrom'} })
    locator: str = Field(default=..., description="""Where in the document the fact stands: a table and row (\"Table 3, row 2\"), a section (\"Introduction, paragraph 2\") or a figure legend.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Provenance'], 'examples': [{'value': 'Table 1, row 3'}]} })
    evidence: str = Field(default=..., description="""A short verbatim snippet of the document (one line, at most 160 characters) that supports the row. It is checked against the document text when the documents are available.""", json_schema_extra = { "linkml_meta": {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                              'value': 'one line of at most 160 '
                                                       'characters'}},
         'domain_of': ['Provenance'],
         'slot_uri': 'prov:value'} })
    confidence: Optional[float] = Field(default=None, description="""The curator's confidence that the row reproduces the document correctly, from 0 to 1. Empty means the curator had no doubt; a value below 1 comes with a curation note saying why (for example an uncertain row alignment in a flattened table).""", ge=0, le=1, json_schema_extra = { "linkml_meta": {'domain_of': ['Provenance']} })
    curation_note: Optional[str] = Field(default=None, description="""A note by the curator about how the row was read, in our own words.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Provenance', 'Trial', 'Product'], 'slot_uri': 'skos:note'} })

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^CF-[A-Z][A-Z0-9]*-[0-9]{3,}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('evidence')
    def pattern_evidence(cls, v):
        pattern=re.compile(r"^.{1,160}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid evidence format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid evidence format: {v}"
            raise ValueError(err_msg)
        return v


class PreclinicalStudy(EvPotency, EvStorage, EvMarkerProfile, EvQuantification, EvSeparation, CultureConditions, DonorProfile, MisevCharacterisation, IsctIdentity, Provenance):
    """
    One preclinical study (in vitro and/or in an animal model) of MSCs or their secreted products, as a source document reports it: which cells, which product, which disease model, how it was given, and what it did.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'table_name': {'tag': 'table_name',
                                        'value': 'preclinical_studies'}},
         'class_uri': 'mscexo:PreclinicalStudy',
         'from_schema': 'https://w3id.org/mscexo/schema',
         'mixins': ['Provenance',
                    'IsctIdentity',
                    'MisevCharacterisation',
                    'DonorProfile',
                    'CultureConditions',
                    'EvSeparation',
                    'EvQuantification',
                    'EvMarkerProfile',
                    'EvStorage',
                    'EvPotency'],
         'slot_usage': {'id': {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                                                    'value': 'PS-, the '
                                                                             'document '
                                                                             'code and '
                                                                             'a '
                                                                             'running '
                                                                             'number '
                                                                             'of three '
                                                                             'or more '
                                                                             'digits, '
                                                                             'such as '
                                                                             'PS-SCI21-001'}},
                               'description': 'Identifier of the study record, `PS-`, '
                                              'the document code and a running number.',
                               'examples': [{'value': 'PS-WJSC20-001'}],
                               'name': 'id',
                               'pattern': '^PS-[A-Z][A-Z0-9]*-[0-9]{3,}$'},
                        'organism': {'description': 'Species of the disease model (the '
                                                    "animal treated, or the cells' "
                                                    'species in vitro).',
                                     'name': 'organism'}}})

    id: str = Field(default=..., description="""Identifier of the study record, `PS-`, the document code and a running number.""", json_schema_extra = { "linkml_meta": {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                              'value': 'PS-, the document code and a '
                                                       'running number of three or '
                                                       'more digits, such as '
                                                       'PS-SCI21-001'}},
         'domain_of': ['Document',
                       'CitedWork',
                       'MscSource',
                       'Cargo',
                       'Condition',
                       'Trial',
                       'Product',
                       'CargoFinding',
                       'PreclinicalStudy',
                       'ClinicalTrial',
                       'GeneticModification',
                       'ApprovedProduct',
                       'Statistic',
                       'SourceTable',
                       'Exclusion',
                       'Retirement'],
         'examples': [{'value': 'PS-WJSC20-001'}],
         'slot_uri': 'sdo:identifier'} })
    cited_work_ids: Optional[list[str]] = Field(default=None, description="""The works the document cites for the statement, all of them when one sentence cites several (\"[91-95]\"); empty when it cites none. Count distinct cited works to count distinct studies.""", json_schema_extra = { "linkml_meta": {'domain_of': ['CargoFinding',
                       'PreclinicalStudy',
                       'ClinicalTrial',
                       'GeneticModification'],
         'slot_uri': 'dcterms:references'} })
    condition_id: Optional[str] = Field(default=None, description="""The condition (disease, injury or non-disease context) the statement is about; empty when the document names none.""", json_schema_extra = { "linkml_meta": {'domain_of': ['CargoFinding',
                       'PreclinicalStudy',
                       'ClinicalTrial',
                       'GeneticModification',
                       'ApprovedProduct'],
         'slot_uri': 'sdo:healthCondition'} })
    condition_as_reported: Optional[str] = Field(default=None, description="""The condition exactly as the document words it.""", json_schema_extra = { "linkml_meta": {'domain_of': ['CargoFinding',
                       'PreclinicalStudy',
                       'ClinicalTrial',
                       'GeneticModification']} })
    model: Optional[str] = Field(default=None, description="""Experimental model as the document describes it (for example \"Liver fibrosis model\").""", json_schema_extra = { "linkml_meta": {'domain_of': ['CargoFinding', 'PreclinicalStudy', 'GeneticModification']} })
    organism: Optional[OrganismEnum] = Field(default=None, description="""Species of the disease model (the animal treated, or the cells' species in vitro).""", json_schema_extra = { "linkml_meta": {'domain_of': ['CargoFinding', 'PreclinicalStudy', 'GeneticModification']} })
    study_setting: Optional[StudySettingEnum] = Field(default=None, description="""Whether the study was done in vitro, in vivo or both.""", json_schema_extra = { "linkml_meta": {'domain_of': ['PreclinicalStudy']} })
    msc_source_id: Optional[str] = Field(default=None, description="""Canonical source of the cells that produced the product (see the msc_sources table).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Product',
                       'CargoFinding',
                       'PreclinicalStudy',
                       'ClinicalTrial',
                       'GeneticModification',
                       'ApprovedProduct']} })
    cell_type_as_reported: Optional[str] = Field(default=None, description="""The producer cell type exactly as the document names it (for example \"BMSCs\").""", json_schema_extra = { "linkml_meta": {'domain_of': ['CargoFinding',
                       'PreclinicalStudy',
                       'ClinicalTrial',
                       'GeneticModification',
                       'ApprovedProduct']} })
    donor_organism: Optional[OrganismEnum] = Field(default=None, description="""Species of the donor of the producer cells.""", json_schema_extra = { "linkml_meta": {'domain_of': ['PreclinicalStudy']} })
    product_type: ProductTypeEnum = Field(default=..., description="""What was given or studied (cells, exosomes, EVs, conditioned medium, secretome ...).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Product',
                       'CargoFinding',
                       'PreclinicalStudy',
                       'ClinicalTrial',
                       'ApprovedProduct']} })
    genetic_modification_id: Optional[str] = Field(default=None, description="""The genetic modification of the producer cells, if any.""", json_schema_extra = { "linkml_meta": {'domain_of': ['PreclinicalStudy']} })
    route: Optional[RouteEnum] = Field(default=None, description="""Route of administration, normalised.""", json_schema_extra = { "linkml_meta": {'domain_of': ['PreclinicalStudy', 'ClinicalTrial'],
         'slot_uri': 'sdo:administrationRoute'} })
    route_as_reported: Optional[str] = Field(default=None, description="""Route of administration exactly as the document writes it.""", json_schema_extra = { "linkml_meta": {'domain_of': ['PreclinicalStudy', 'ClinicalTrial']} })
    dose: Optional[str] = Field(default=None, description="""Dose as the document writes it (amount, unit, schedule); empty when not stated.""", json_schema_extra = { "linkml_meta": {'domain_of': ['PreclinicalStudy', 'ClinicalTrial']} })
    dose_value: Optional[float] = Field(default=None, description="""The amount of a single printed dose, read from `dose` by the build (`mscexo.dose`); empty when the dose is a range or cannot be read. Never filled by hand.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['PreclinicalStudy', 'ClinicalTrial']} })
    dose_min: Optional[float] = Field(default=None, description="""Lower end of a printed dose range, read from `dose` by the build.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['PreclinicalStudy', 'ClinicalTrial']} })
    dose_max: Optional[float] = Field(default=None, description="""Upper end of a printed dose range, read from `dose` by the build.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['PreclinicalStudy', 'ClinicalTrial']} })
    dose_unit: Optional[str] = Field(default=None, description="""Unit of the amount, read from `dose` by the build: one of cells, particles, ng, ug, mg, g, uL, mL, L, cells/mL, particles/mL, ng/mL, ug/mL, mg/mL, mL/cm3 (ASCII `u` for micro; a concentration or a volume per lesion size is a unit of its own, so that values of one unit compare like with like).""", json_schema_extra = { "linkml_meta": {'domain_of': ['PreclinicalStudy', 'ClinicalTrial']} })
    dose_basis: Optional[DoseBasisEnum] = Field(default=None, description="""What the amount counts, read from `dose` by the build.""", json_schema_extra = { "linkml_meta": {'domain_of': ['PreclinicalStudy', 'ClinicalTrial']} })
    dose_per_body_weight: Optional[bool] = Field(default=None, description="""True when the amount is per kilogram of body weight, read from `dose` by the build.""", json_schema_extra = { "linkml_meta": {'domain_of': ['PreclinicalStudy', 'ClinicalTrial']} })
    dose_frequency: Optional[str] = Field(default=None, description="""How often the dose was given, in short words, read from `dose` by the build.""", json_schema_extra = { "linkml_meta": {'domain_of': ['PreclinicalStudy', 'ClinicalTrial']} })
    dose_flags: Optional[list[DoseFlagEnum]] = Field(default=None, description="""Warnings about the printed dose found by the build (for example an amount far above what is usually given by the route). The dose itself is never changed.""", json_schema_extra = { "linkml_meta": {'domain_of': ['PreclinicalStudy', 'ClinicalTrial']} })
    outcome: Optional[str] = Field(default=None, description="""The reported effect or result, in our own words.""", json_schema_extra = { "linkml_meta": {'domain_of': ['PreclinicalStudy', 'GeneticModification']} })
    document_id: str = Field(default=..., description="""The source document that states the fact.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Provenance', 'Exclusion'], 'slot_uri': 'prov:wasDerivedFrom'} })
    locator: str = Field(default=..., description="""Where in the document the fact stands: a table and row (\"Table 3, row 2\"), a section (\"Introduction, paragraph 2\") or a figure legend.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Provenance'], 'examples': [{'value': 'Table 1, row 3'}]} })
    evidence: str = Field(default=..., description="""A short verbatim snippet of the document (one line, at most 160 characters) that supports the row. It is checked against the document text when the documents are available.""", json_schema_extra = { "linkml_meta": {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                              'value': 'one line of at most 160 '
                                                       'characters'}},
         'domain_of': ['Provenance'],
         'slot_uri': 'prov:value'} })
    confidence: Optional[float] = Field(default=None, description="""The curator's confidence that the row reproduces the document correctly, from 0 to 1. Empty means the curator had no doubt; a value below 1 comes with a curation note saying why (for example an uncertain row alignment in a flattened table).""", ge=0, le=1, json_schema_extra = { "linkml_meta": {'domain_of': ['Provenance']} })
    curation_note: Optional[str] = Field(default=None, description="""A note by the curator about how the row was read, in our own words.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Provenance', 'Trial', 'Product'], 'slot_uri': 'skos:note'} })
    plastic_adherence: Optional[ReportedStatusEnum] = Field(default=None, description="""Whether the source reports that the cells adhere to plastic in standard culture.""", json_schema_extra = { "linkml_meta": {'domain_of': ['IsctIdentity']} })
    isct_positive_markers: Optional[list[IsctPositiveMarkerEnum]] = Field(default=None, description="""ISCT positive surface markers (CD73, CD90, CD105) that the source reports as expressed.""", json_schema_extra = { "linkml_meta": {'domain_of': ['IsctIdentity']} })
    isct_negative_markers: Optional[list[IsctNegativeMarkerEnum]] = Field(default=None, description="""ISCT negative markers (CD45, CD34, CD14 or CD11b, CD79a or CD19, HLA-DR) that the source reports as absent.""", json_schema_extra = { "linkml_meta": {'domain_of': ['IsctIdentity']} })
    trilineage_differentiation: Optional[ReportedStatusEnum] = Field(default=None, description="""Whether osteogenic, adipogenic and chondrogenic differentiation in vitro is reported.""", json_schema_extra = { "linkml_meta": {'domain_of': ['IsctIdentity']} })
    ev_isolation_method: Optional[EvIsolationMethodEnum] = Field(default=None, description="""How the vesicles were isolated.""", json_schema_extra = { "linkml_meta": {'domain_of': ['MisevCharacterisation']} })
    particle_size_method: Optional[ParticleMeasurementMethodEnum] = Field(default=None, description="""How particle size was measured.""", json_schema_extra = { "linkml_meta": {'domain_of': ['MisevCharacterisation']} })
    particle_size_min_nm: Optional[float] = Field(default=None, description="""Smallest reported particle diameter, in nanometres.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['MisevCharacterisation']} })
    particle_size_max_nm: Optional[float] = Field(default=None, description="""Largest reported particle diameter, in nanometres.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['MisevCharacterisation']} })
    particle_concentration_method: Optional[ParticleMeasurementMethodEnum] = Field(default=None, description="""How particle concentration was measured.""", json_schema_extra = { "linkml_meta": {'domain_of': ['MisevCharacterisation']} })
    ev_positive_markers: Optional[list[str]] = Field(default=None, description="""Proteins shown present in the vesicles (for example CD63, CD81, TSG101), as named.""", json_schema_extra = { "linkml_meta": {'domain_of': ['MisevCharacterisation']} })
    ev_negative_markers: Optional[list[str]] = Field(default=None, description="""Proteins shown absent from the vesicles (for example calnexin), as named.""", json_schema_extra = { "linkml_meta": {'domain_of': ['MisevCharacterisation']} })
    ev_imaging_method: Optional[EvImagingMethodEnum] = Field(default=None, description="""How single vesicles were imaged.""", json_schema_extra = { "linkml_meta": {'domain_of': ['MisevCharacterisation']} })
    donor_age_min_years: Optional[float] = Field(default=None, description="""Age of the youngest cell donor in years (the age itself for one donor), as the source states it.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['DonorProfile']} })
    donor_age_max_years: Optional[float] = Field(default=None, description="""Age of the oldest cell donor in years; empty for one donor.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['DonorProfile']} })
    donor_sex: Optional[DonorSexEnum] = Field(default=None, description="""Sex of the cell donor or donors, as the source states it.""", json_schema_extra = { "linkml_meta": {'domain_of': ['DonorProfile']} })
    donor_count: Optional[int] = Field(default=None, description="""Number of donors whose cells were used (pooled or separately).""", ge=1, json_schema_extra = { "linkml_meta": {'domain_of': ['DonorProfile']} })
    culture_medium: Optional[str] = Field(default=None, description="""Basal culture medium as the source names it (for example \"alpha-MEM\").""", json_schema_extra = { "linkml_meta": {'domain_of': ['CultureConditions']} })
    medium_supplement: Optional[MediumSupplementEnum] = Field(default=None, description="""The supplement of the culture medium during vesicle collection: serum, human platelet lysate, or none (serum-free).""", json_schema_extra = { "linkml_meta": {'domain_of': ['CultureConditions']} })
    ev_depleted_supplement: Optional[bool] = Field(default=None, description="""True when the serum or platelet lysate was depleted of its own vesicles (for example by overnight ultracentrifugation) before the conditioned medium was collected.""", json_schema_extra = { "linkml_meta": {'domain_of': ['CultureConditions']} })
    passage_number: Optional[int] = Field(default=None, description="""Passage of the producer cells at vesicle collection (the highest passage when a range is given).""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['CultureConditions']} })
    priming: Optional[list[PrimingEnum]] = Field(default=None, description="""How the producer cells were primed or preconditioned before collection; empty when not primed or not said.""", json_schema_extra = { "linkml_meta": {'domain_of': ['CultureConditions']} })
    priming_as_reported: Optional[str] = Field(default=None, description="""The priming exactly as the source describes it (agent, concentration, duration).""", json_schema_extra = { "linkml_meta": {'domain_of': ['CultureConditions']} })
    oxygen_percent: Optional[float] = Field(default=None, description="""Oxygen concentration of the culture during collection, in percent (for example 1 for hypoxia).""", ge=0, le=100, json_schema_extra = { "linkml_meta": {'domain_of': ['CultureConditions']} })
    viability_at_harvest_percent: Optional[float] = Field(default=None, description="""Viability of the producer cells when the conditioned medium was harvested, in percent.""", ge=0, le=100, json_schema_extra = { "linkml_meta": {'domain_of': ['CultureConditions']} })
    starting_material_amount: Optional[str] = Field(default=None, description="""How much starting material was processed, as the source states it (for example \"200 mL conditioned medium from 2 × 10^7 cells over 48 h\").""", json_schema_extra = { "linkml_meta": {'domain_of': ['EvSeparation']} })
    separation_steps: Optional[list[str]] = Field(default=None, description="""The separation, one list item per step in order. Each item is the step's method, then its parameters as `key=value`, separated by \"; \": for example \"centrifugation; g=2000; min=20\", \"ultracentrifugation; g=100000; min=70; rotor=SW32 Ti; k_factor=256\", \"density_gradient; gradient=iodixanol 5-40%\". Methods: centrifugation, filtration, ultracentrifugation, density_gradient, size_exclusion_chromatography, ultrafiltration, tangential_flow_filtration, precipitation, immunoaffinity, other. Parameters: g (relative centrifugal force), min (time in minutes), rotor, k_factor, gradient (medium and range), pore_um, mwco_kda, column, temperature_c, note. The step list is a text form (one cell of the table) because tables stay flat.""", json_schema_extra = { "linkml_meta": {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                              'value': 'a method, then parameters as '
                                                       "key=value separated by '; ', "
                                                       'such as centrifugation; '
                                                       'g=2000; min=20'}},
         'domain_of': ['EvSeparation'],
         'examples': [{'value': 'ultracentrifugation; g=100000; min=70; rotor=SW32 '
                                'Ti'}]} })
    particle_concentration_per_ml: Optional[float] = Field(default=None, description="""Particle concentration of the preparation, in particles per millilitre.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['EvQuantification']} })
    protein_method: Optional[ProteinAssayEnum] = Field(default=None, description="""How the protein content was measured.""", json_schema_extra = { "linkml_meta": {'domain_of': ['EvQuantification']} })
    protein_concentration_ug_per_ml: Optional[float] = Field(default=None, description="""Protein concentration of the preparation, in micrograms per millilitre.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['EvQuantification']} })
    lipid_method: Optional[LipidAssayEnum] = Field(default=None, description="""How the lipid content was measured.""", json_schema_extra = { "linkml_meta": {'domain_of': ['EvQuantification']} })
    lipid_concentration_nmol_per_ml: Optional[float] = Field(default=None, description="""Lipid content of the preparation, in nanomoles per millilitre (where the source gives a molar amount).""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['EvQuantification']} })
    particles_per_ug_protein: Optional[float] = Field(default=None, description="""Ratio of particles to micrograms of protein, an indicator of purity, as the source gives it or as computed from its figures.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['EvQuantification']} })
    ev_transmembrane_markers: Optional[list[str]] = Field(default=None, description="""Transmembrane or GPI-anchored proteins shown in the vesicles (for example CD63, CD81, CD9), as named.""", json_schema_extra = { "linkml_meta": {'domain_of': ['EvMarkerProfile']} })
    ev_cytosolic_markers: Optional[list[str]] = Field(default=None, description="""Cytosolic proteins shown in the vesicles (for example TSG101, ALIX, syntenin), as named.""", json_schema_extra = { "linkml_meta": {'domain_of': ['EvMarkerProfile']} })
    ev_contaminant_markers: Optional[list[str]] = Field(default=None, description="""Markers of non-EV material checked for (for example calnexin, GM130, apolipoprotein A1, albumin), as named; whether each was found absent is in `ev_negative_markers`.""", json_schema_extra = { "linkml_meta": {'domain_of': ['EvMarkerProfile']} })
    antibody_details: Optional[list[str]] = Field(default=None, description="""The antibodies used for the markers, one per item: target, clone, supplier and catalogue number as the source gives them (for example \"CD63; clone H5C6; BD Biosciences 556019\").""", json_schema_extra = { "linkml_meta": {'domain_of': ['EvMarkerProfile']} })
    storage_temperature_c: Optional[float] = Field(default=None, description="""Storage temperature of the preparation, in degrees Celsius (for example -80).""", json_schema_extra = { "linkml_meta": {'domain_of': ['EvStorage']} })
    storage_buffer: Optional[str] = Field(default=None, description="""Buffer or solution in which the preparation was stored, as named (for example \"PBS\").""", json_schema_extra = { "linkml_meta": {'domain_of': ['EvStorage']} })
    storage_duration_days: Optional[float] = Field(default=None, description="""Longest storage time before use, in days.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['EvStorage']} })
    freeze_thaw_cycles: Optional[int] = Field(default=None, description="""Number of freeze-thaw cycles before use.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['EvStorage']} })
    potency_assay_kind: Optional[PotencyAssayKindEnum] = Field(default=None, description="""What the potency assay measures, in broad classes (the classes are this schema's, not a standard's; describe the assay itself in `potency_assay`).""", json_schema_extra = { "linkml_meta": {'domain_of': ['EvPotency']} })
    potency_assay: Optional[str] = Field(default=None, description="""The potency assay as the source describes it (read-out, target cells, what counts as potent).""", json_schema_extra = { "linkml_meta": {'domain_of': ['EvPotency']} })
    isct_positive_min_percent: Optional[float] = Field(default=None, description="""The lowest percentage of producer cells positive for an ISCT positive marker (CD73, CD90, CD105) that the source reports; ISCT asks for at least 95.""", ge=0, le=100, json_schema_extra = { "linkml_meta": {'domain_of': ['EvPotency']} })
    isct_negative_max_percent: Optional[float] = Field(default=None, description="""The highest percentage of producer cells positive for an ISCT negative marker that the source reports; ISCT asks for at most 2.""", ge=0, le=100, json_schema_extra = { "linkml_meta": {'domain_of': ['EvPotency']} })
    ev_track_id: Optional[str] = Field(default=None, description="""Identifier of the experiment in the EV-TRACK knowledgebase, as the source prints it (its format is not checked: no specification of it could be confirmed here).""", json_schema_extra = { "linkml_meta": {'domain_of': ['EvPotency']} })

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^PS-[A-Z][A-Z0-9]*-[0-9]{3,}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('evidence')
    def pattern_evidence(cls, v):
        pattern=re.compile(r"^.{1,160}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid evidence format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid evidence format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('separation_steps')
    def pattern_separation_steps(cls, v):
        pattern=re.compile(r"^(centrifugation|filtration|ultracentrifugation|density_gradient|size_exclusion_chromatography|ultrafiltration|tangential_flow_filtration|precipitation|immunoaffinity|other)(; (g|min|rotor|k_factor|gradient|pore_um|mwco_kda|column|temperature_c|note)=[^;|]+)*$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid separation_steps format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid separation_steps format: {v}"
            raise ValueError(err_msg)
        return v


class ClinicalTrial(EvPotency, EvStorage, EvMarkerProfile, EvQuantification, EvSeparation, CultureConditions, DonorProfile, MisevCharacterisation, IsctIdentity, Provenance):
    """
    One clinical study of MSCs, their exosomes or secretome (or a related cell-free or engineered product) in humans as a source document reports it: a clinical trial, or a case report or case series. The same trial may be reported by several documents: each report is its own row, and all reports of one real trial share its `trial_id`.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'table_name': {'tag': 'table_name',
                                        'value': 'clinical_trials'}},
         'class_uri': 'mscexo:ClinicalTrial',
         'close_mappings': ['sdo:MedicalTrial'],
         'from_schema': 'https://w3id.org/mscexo/schema',
         'mixins': ['Provenance',
                    'IsctIdentity',
                    'MisevCharacterisation',
                    'DonorProfile',
                    'CultureConditions',
                    'EvSeparation',
                    'EvQuantification',
                    'EvMarkerProfile',
                    'EvStorage',
                    'EvPotency'],
         'slot_usage': {'id': {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                                                    'value': 'CT-, the '
                                                                             'document '
                                                                             'code and '
                                                                             'a '
                                                                             'running '
                                                                             'number '
                                                                             'of three '
                                                                             'or more '
                                                                             'digits, '
                                                                             'such as '
                                                                             'CT-SCI21-001'}},
                               'description': 'Identifier of the trial report, `CT-`, '
                                              'the document code and a running number.',
                               'examples': [{'value': 'CT-SCI21-001'}],
                               'name': 'id',
                               'pattern': '^CT-[A-Z][A-Z0-9]*-[0-9]{3,}$'}},
         'unique_keys': {'nct_in_document': {'description': 'A document reports a '
                                                            'registered trial once; a '
                                                            'second row with the same '
                                                            'NCT number from the same '
                                                            'document is a duplicate '
                                                            '(rows without an NCT '
                                                            'number are exempt).',
                                             'unique_key_name': 'nct_in_document',
                                             'unique_key_slots': ['document_id',
                                                                  'nct_id']}}})

    id: str = Field(default=..., description="""Identifier of the trial report, `CT-`, the document code and a running number.""", json_schema_extra = { "linkml_meta": {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                              'value': 'CT-, the document code and a '
                                                       'running number of three or '
                                                       'more digits, such as '
                                                       'CT-SCI21-001'}},
         'domain_of': ['Document',
                       'CitedWork',
                       'MscSource',
                       'Cargo',
                       'Condition',
                       'Trial',
                       'Product',
                       'CargoFinding',
                       'PreclinicalStudy',
                       'ClinicalTrial',
                       'GeneticModification',
                       'ApprovedProduct',
                       'Statistic',
                       'SourceTable',
                       'Exclusion',
                       'Retirement'],
         'examples': [{'value': 'CT-SCI21-001'}],
         'slot_uri': 'sdo:identifier'} })
    clinical_study_type: ClinicalStudyTypeEnum = Field(default=..., description="""What kind of clinical study the document reports.""", json_schema_extra = { "linkml_meta": {'domain_of': ['ClinicalTrial']} })
    trial_id: Optional[str] = Field(default=None, description="""The real trial this report is about (see the trials table); empty for a case report or series.""", json_schema_extra = { "linkml_meta": {'domain_of': ['ClinicalTrial']} })
    nct_id: Optional[str] = Field(default=None, description="""ClinicalTrials.gov registry number; empty for a trial the document reports without one.""", json_schema_extra = { "linkml_meta": {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                              'value': 'NCT and eight digits, such as '
                                                       'NCT04491240'}},
         'domain_of': ['Trial', 'ClinicalTrial'],
         'examples': [{'value': 'NCT04491240'}]} })
    cited_work_ids: Optional[list[str]] = Field(default=None, description="""The works the document cites for the statement, all of them when one sentence cites several (\"[91-95]\"); empty when it cites none. Count distinct cited works to count distinct studies.""", json_schema_extra = { "linkml_meta": {'domain_of': ['CargoFinding',
                       'PreclinicalStudy',
                       'ClinicalTrial',
                       'GeneticModification'],
         'slot_uri': 'dcterms:references'} })
    condition_id: Optional[str] = Field(default=None, description="""The condition (disease, injury or non-disease context) the statement is about; empty when the document names none.""", json_schema_extra = { "linkml_meta": {'domain_of': ['CargoFinding',
                       'PreclinicalStudy',
                       'ClinicalTrial',
                       'GeneticModification',
                       'ApprovedProduct'],
         'slot_uri': 'sdo:healthCondition'} })
    condition_as_reported: Optional[str] = Field(default=None, description="""The condition exactly as the document words it.""", json_schema_extra = { "linkml_meta": {'domain_of': ['CargoFinding',
                       'PreclinicalStudy',
                       'ClinicalTrial',
                       'GeneticModification']} })
    product_type: ProductTypeEnum = Field(default=..., description="""What was given or studied (cells, exosomes, EVs, conditioned medium, secretome ...).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Product',
                       'CargoFinding',
                       'PreclinicalStudy',
                       'ClinicalTrial',
                       'ApprovedProduct']} })
    product_id: Optional[str] = Field(default=None, description="""The named product the statement is about (see the products table).""", json_schema_extra = { "linkml_meta": {'domain_of': ['ClinicalTrial', 'ApprovedProduct']} })
    product_name: Optional[str] = Field(default=None, description="""Name of the product or investigational agent, where the document gives one.""", json_schema_extra = { "linkml_meta": {'domain_of': ['ClinicalTrial']} })
    msc_source_id: Optional[str] = Field(default=None, description="""Canonical source of the cells that produced the product (see the msc_sources table).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Product',
                       'CargoFinding',
                       'PreclinicalStudy',
                       'ClinicalTrial',
                       'GeneticModification',
                       'ApprovedProduct']} })
    cell_type_as_reported: Optional[str] = Field(default=None, description="""The producer cell type exactly as the document names it (for example \"BMSCs\").""", json_schema_extra = { "linkml_meta": {'domain_of': ['CargoFinding',
                       'PreclinicalStudy',
                       'ClinicalTrial',
                       'GeneticModification',
                       'ApprovedProduct']} })
    donor_type: Optional[DonorTypeEnum] = Field(default=None, description="""Whether the cells come from the patient (autologous) or from another donor (allogeneic).""", json_schema_extra = { "linkml_meta": {'domain_of': ['ClinicalTrial']} })
    route: Optional[RouteEnum] = Field(default=None, description="""Route of administration, normalised.""", json_schema_extra = { "linkml_meta": {'domain_of': ['PreclinicalStudy', 'ClinicalTrial'],
         'slot_uri': 'sdo:administrationRoute'} })
    route_as_reported: Optional[str] = Field(default=None, description="""Route of administration exactly as the document writes it.""", json_schema_extra = { "linkml_meta": {'domain_of': ['PreclinicalStudy', 'ClinicalTrial']} })
    dose: Optional[str] = Field(default=None, description="""Dose as the document writes it (amount, unit, schedule); empty when not stated.""", json_schema_extra = { "linkml_meta": {'domain_of': ['PreclinicalStudy', 'ClinicalTrial']} })
    dose_value: Optional[float] = Field(default=None, description="""The amount of a single printed dose, read from `dose` by the build (`mscexo.dose`); empty when the dose is a range or cannot be read. Never filled by hand.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['PreclinicalStudy', 'ClinicalTrial']} })
    dose_min: Optional[float] = Field(default=None, description="""Lower end of a printed dose range, read from `dose` by the build.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['PreclinicalStudy', 'ClinicalTrial']} })
    dose_max: Optional[float] = Field(default=None, description="""Upper end of a printed dose range, read from `dose` by the build.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['PreclinicalStudy', 'ClinicalTrial']} })
    dose_unit: Optional[str] = Field(default=None, description="""Unit of the amount, read from `dose` by the build: one of cells, particles, ng, ug, mg, g, uL, mL, L, cells/mL, particles/mL, ng/mL, ug/mL, mg/mL, mL/cm3 (ASCII `u` for micro; a concentration or a volume per lesion size is a unit of its own, so that values of one unit compare like with like).""", json_schema_extra = { "linkml_meta": {'domain_of': ['PreclinicalStudy', 'ClinicalTrial']} })
    dose_basis: Optional[DoseBasisEnum] = Field(default=None, description="""What the amount counts, read from `dose` by the build.""", json_schema_extra = { "linkml_meta": {'domain_of': ['PreclinicalStudy', 'ClinicalTrial']} })
    dose_per_body_weight: Optional[bool] = Field(default=None, description="""True when the amount is per kilogram of body weight, read from `dose` by the build.""", json_schema_extra = { "linkml_meta": {'domain_of': ['PreclinicalStudy', 'ClinicalTrial']} })
    dose_frequency: Optional[str] = Field(default=None, description="""How often the dose was given, in short words, read from `dose` by the build.""", json_schema_extra = { "linkml_meta": {'domain_of': ['PreclinicalStudy', 'ClinicalTrial']} })
    dose_flags: Optional[list[DoseFlagEnum]] = Field(default=None, description="""Warnings about the printed dose found by the build (for example an amount far above what is usually given by the route). The dose itself is never changed.""", json_schema_extra = { "linkml_meta": {'domain_of': ['PreclinicalStudy', 'ClinicalTrial']} })
    phase: Optional[TrialPhaseEnum] = Field(default=None, description="""Trial phase as ClinicalTrials.gov defines it, only where the document states it.""", json_schema_extra = { "linkml_meta": {'domain_of': ['ClinicalTrial']} })
    design: Optional[str] = Field(default=None, description="""Trial design or purpose as the document describes it, in our own words.""", json_schema_extra = { "linkml_meta": {'close_mappings': ['sdo:trialDesign'], 'domain_of': ['ClinicalTrial']} })
    enrollment: Optional[int] = Field(default=None, description="""Number of participants, where stated.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['ClinicalTrial']} })
    sponsor: Optional[str] = Field(default=None, description="""Sponsor or developer of the trial, where stated.""", json_schema_extra = { "linkml_meta": {'domain_of': ['ClinicalTrial'], 'slot_uri': 'sdo:sponsor'} })
    status: Optional[str] = Field(default=None, description="""Recruitment or completion status as the document reports it.""", json_schema_extra = { "linkml_meta": {'domain_of': ['ClinicalTrial'], 'slot_uri': 'sdo:status'} })
    results: Optional[str] = Field(default=None, description="""Results as the document reports them, in our own words; empty when none are reported.""", json_schema_extra = { "linkml_meta": {'domain_of': ['ClinicalTrial']} })
    document_id: str = Field(default=..., description="""The source document that states the fact.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Provenance', 'Exclusion'], 'slot_uri': 'prov:wasDerivedFrom'} })
    locator: str = Field(default=..., description="""Where in the document the fact stands: a table and row (\"Table 3, row 2\"), a section (\"Introduction, paragraph 2\") or a figure legend.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Provenance'], 'examples': [{'value': 'Table 1, row 3'}]} })
    evidence: str = Field(default=..., description="""A short verbatim snippet of the document (one line, at most 160 characters) that supports the row. It is checked against the document text when the documents are available.""", json_schema_extra = { "linkml_meta": {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                              'value': 'one line of at most 160 '
                                                       'characters'}},
         'domain_of': ['Provenance'],
         'slot_uri': 'prov:value'} })
    confidence: Optional[float] = Field(default=None, description="""The curator's confidence that the row reproduces the document correctly, from 0 to 1. Empty means the curator had no doubt; a value below 1 comes with a curation note saying why (for example an uncertain row alignment in a flattened table).""", ge=0, le=1, json_schema_extra = { "linkml_meta": {'domain_of': ['Provenance']} })
    curation_note: Optional[str] = Field(default=None, description="""A note by the curator about how the row was read, in our own words.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Provenance', 'Trial', 'Product'], 'slot_uri': 'skos:note'} })
    plastic_adherence: Optional[ReportedStatusEnum] = Field(default=None, description="""Whether the source reports that the cells adhere to plastic in standard culture.""", json_schema_extra = { "linkml_meta": {'domain_of': ['IsctIdentity']} })
    isct_positive_markers: Optional[list[IsctPositiveMarkerEnum]] = Field(default=None, description="""ISCT positive surface markers (CD73, CD90, CD105) that the source reports as expressed.""", json_schema_extra = { "linkml_meta": {'domain_of': ['IsctIdentity']} })
    isct_negative_markers: Optional[list[IsctNegativeMarkerEnum]] = Field(default=None, description="""ISCT negative markers (CD45, CD34, CD14 or CD11b, CD79a or CD19, HLA-DR) that the source reports as absent.""", json_schema_extra = { "linkml_meta": {'domain_of': ['IsctIdentity']} })
    trilineage_differentiation: Optional[ReportedStatusEnum] = Field(default=None, description="""Whether osteogenic, adipogenic and chondrogenic differentiation in vitro is reported.""", json_schema_extra = { "linkml_meta": {'domain_of': ['IsctIdentity']} })
    ev_isolation_method: Optional[EvIsolationMethodEnum] = Field(default=None, description="""How the vesicles were isolated.""", json_schema_extra = { "linkml_meta": {'domain_of': ['MisevCharacterisation']} })
    particle_size_method: Optional[ParticleMeasurementMethodEnum] = Field(default=None, description="""How particle size was measured.""", json_schema_extra = { "linkml_meta": {'domain_of': ['MisevCharacterisation']} })
    particle_size_min_nm: Optional[float] = Field(default=None, description="""Smallest reported particle diameter, in nanometres.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['MisevCharacterisation']} })
    particle_size_max_nm: Optional[float] = Field(default=None, description="""Largest reported particle diameter, in nanometres.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['MisevCharacterisation']} })
    particle_concentration_method: Optional[ParticleMeasurementMethodEnum] = Field(default=None, description="""How particle concentration was measured.""", json_schema_extra = { "linkml_meta": {'domain_of': ['MisevCharacterisation']} })
    ev_positive_markers: Optional[list[str]] = Field(default=None, description="""Proteins shown present in the vesicles (for example CD63, CD81, TSG101), as named.""", json_schema_extra = { "linkml_meta": {'domain_of': ['MisevCharacterisation']} })
    ev_negative_markers: Optional[list[str]] = Field(default=None, description="""Proteins shown absent from the vesicles (for example calnexin), as named.""", json_schema_extra = { "linkml_meta": {'domain_of': ['MisevCharacterisation']} })
    ev_imaging_method: Optional[EvImagingMethodEnum] = Field(default=None, description="""How single vesicles were imaged.""", json_schema_extra = { "linkml_meta": {'domain_of': ['MisevCharacterisation']} })
    donor_age_min_years: Optional[float] = Field(default=None, description="""Age of the youngest cell donor in years (the age itself for one donor), as the source states it.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['DonorProfile']} })
    donor_age_max_years: Optional[float] = Field(default=None, description="""Age of the oldest cell donor in years; empty for one donor.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['DonorProfile']} })
    donor_sex: Optional[DonorSexEnum] = Field(default=None, description="""Sex of the cell donor or donors, as the source states it.""", json_schema_extra = { "linkml_meta": {'domain_of': ['DonorProfile']} })
    donor_count: Optional[int] = Field(default=None, description="""Number of donors whose cells were used (pooled or separately).""", ge=1, json_schema_extra = { "linkml_meta": {'domain_of': ['DonorProfile']} })
    culture_medium: Optional[str] = Field(default=None, description="""Basal culture medium as the source names it (for example \"alpha-MEM\").""", json_schema_extra = { "linkml_meta": {'domain_of': ['CultureConditions']} })
    medium_supplement: Optional[MediumSupplementEnum] = Field(default=None, description="""The supplement of the culture medium during vesicle collection: serum, human platelet lysate, or none (serum-free).""", json_schema_extra = { "linkml_meta": {'domain_of': ['CultureConditions']} })
    ev_depleted_supplement: Optional[bool] = Field(default=None, description="""True when the serum or platelet lysate was depleted of its own vesicles (for example by overnight ultracentrifugation) before the conditioned medium was collected.""", json_schema_extra = { "linkml_meta": {'domain_of': ['CultureConditions']} })
    passage_number: Optional[int] = Field(default=None, description="""Passage of the producer cells at vesicle collection (the highest passage when a range is given).""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['CultureConditions']} })
    priming: Optional[list[PrimingEnum]] = Field(default=None, description="""How the producer cells were primed or preconditioned before collection; empty when not primed or not said.""", json_schema_extra = { "linkml_meta": {'domain_of': ['CultureConditions']} })
    priming_as_reported: Optional[str] = Field(default=None, description="""The priming exactly as the source describes it (agent, concentration, duration).""", json_schema_extra = { "linkml_meta": {'domain_of': ['CultureConditions']} })
    oxygen_percent: Optional[float] = Field(default=None, description="""Oxygen concentration of the culture during collection, in percent (for example 1 for hypoxia).""", ge=0, le=100, json_schema_extra = { "linkml_meta": {'domain_of': ['CultureConditions']} })
    viability_at_harvest_percent: Optional[float] = Field(default=None, description="""Viability of the producer cells when the conditioned medium was harvested, in percent.""", ge=0, le=100, json_schema_extra = { "linkml_meta": {'domain_of': ['CultureConditions']} })
    starting_material_amount: Optional[str] = Field(default=None, description="""How much starting material was processed, as the source states it (for example \"200 mL conditioned medium from 2 × 10^7 cells over 48 h\").""", json_schema_extra = { "linkml_meta": {'domain_of': ['EvSeparation']} })
    separation_steps: Optional[list[str]] = Field(default=None, description="""The separation, one list item per step in order. Each item is the step's method, then its parameters as `key=value`, separated by \"; \": for example \"centrifugation; g=2000; min=20\", \"ultracentrifugation; g=100000; min=70; rotor=SW32 Ti; k_factor=256\", \"density_gradient; gradient=iodixanol 5-40%\". Methods: centrifugation, filtration, ultracentrifugation, density_gradient, size_exclusion_chromatography, ultrafiltration, tangential_flow_filtration, precipitation, immunoaffinity, other. Parameters: g (relative centrifugal force), min (time in minutes), rotor, k_factor, gradient (medium and range), pore_um, mwco_kda, column, temperature_c, note. The step list is a text form (one cell of the table) because tables stay flat.""", json_schema_extra = { "linkml_meta": {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                              'value': 'a method, then parameters as '
                                                       "key=value separated by '; ', "
                                                       'such as centrifugation; '
                                                       'g=2000; min=20'}},
         'domain_of': ['EvSeparation'],
         'examples': [{'value': 'ultracentrifugation; g=100000; min=70; rotor=SW32 '
                                'Ti'}]} })
    particle_concentration_per_ml: Optional[float] = Field(default=None, description="""Particle concentration of the preparation, in particles per millilitre.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['EvQuantification']} })
    protein_method: Optional[ProteinAssayEnum] = Field(default=None, description="""How the protein content was measured.""", json_schema_extra = { "linkml_meta": {'domain_of': ['EvQuantification']} })
    protein_concentration_ug_per_ml: Optional[float] = Field(default=None, description="""Protein concentration of the preparation, in micrograms per millilitre.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['EvQuantification']} })
    lipid_method: Optional[LipidAssayEnum] = Field(default=None, description="""How the lipid content was measured.""", json_schema_extra = { "linkml_meta": {'domain_of': ['EvQuantification']} })
    lipid_concentration_nmol_per_ml: Optional[float] = Field(default=None, description="""Lipid content of the preparation, in nanomoles per millilitre (where the source gives a molar amount).""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['EvQuantification']} })
    particles_per_ug_protein: Optional[float] = Field(default=None, description="""Ratio of particles to micrograms of protein, an indicator of purity, as the source gives it or as computed from its figures.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['EvQuantification']} })
    ev_transmembrane_markers: Optional[list[str]] = Field(default=None, description="""Transmembrane or GPI-anchored proteins shown in the vesicles (for example CD63, CD81, CD9), as named.""", json_schema_extra = { "linkml_meta": {'domain_of': ['EvMarkerProfile']} })
    ev_cytosolic_markers: Optional[list[str]] = Field(default=None, description="""Cytosolic proteins shown in the vesicles (for example TSG101, ALIX, syntenin), as named.""", json_schema_extra = { "linkml_meta": {'domain_of': ['EvMarkerProfile']} })
    ev_contaminant_markers: Optional[list[str]] = Field(default=None, description="""Markers of non-EV material checked for (for example calnexin, GM130, apolipoprotein A1, albumin), as named; whether each was found absent is in `ev_negative_markers`.""", json_schema_extra = { "linkml_meta": {'domain_of': ['EvMarkerProfile']} })
    antibody_details: Optional[list[str]] = Field(default=None, description="""The antibodies used for the markers, one per item: target, clone, supplier and catalogue number as the source gives them (for example \"CD63; clone H5C6; BD Biosciences 556019\").""", json_schema_extra = { "linkml_meta": {'domain_of': ['EvMarkerProfile']} })
    storage_temperature_c: Optional[float] = Field(default=None, description="""Storage temperature of the preparation, in degrees Celsius (for example -80).""", json_schema_extra = { "linkml_meta": {'domain_of': ['EvStorage']} })
    storage_buffer: Optional[str] = Field(default=None, description="""Buffer or solution in which the preparation was stored, as named (for example \"PBS\").""", json_schema_extra = { "linkml_meta": {'domain_of': ['EvStorage']} })
    storage_duration_days: Optional[float] = Field(default=None, description="""Longest storage time before use, in days.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['EvStorage']} })
    freeze_thaw_cycles: Optional[int] = Field(default=None, description="""Number of freeze-thaw cycles before use.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['EvStorage']} })
    potency_assay_kind: Optional[PotencyAssayKindEnum] = Field(default=None, description="""What the potency assay measures, in broad classes (the classes are this schema's, not a standard's; describe the assay itself in `potency_assay`).""", json_schema_extra = { "linkml_meta": {'domain_of': ['EvPotency']} })
    potency_assay: Optional[str] = Field(default=None, description="""The potency assay as the source describes it (read-out, target cells, what counts as potent).""", json_schema_extra = { "linkml_meta": {'domain_of': ['EvPotency']} })
    isct_positive_min_percent: Optional[float] = Field(default=None, description="""The lowest percentage of producer cells positive for an ISCT positive marker (CD73, CD90, CD105) that the source reports; ISCT asks for at least 95.""", ge=0, le=100, json_schema_extra = { "linkml_meta": {'domain_of': ['EvPotency']} })
    isct_negative_max_percent: Optional[float] = Field(default=None, description="""The highest percentage of producer cells positive for an ISCT negative marker that the source reports; ISCT asks for at most 2.""", ge=0, le=100, json_schema_extra = { "linkml_meta": {'domain_of': ['EvPotency']} })
    ev_track_id: Optional[str] = Field(default=None, description="""Identifier of the experiment in the EV-TRACK knowledgebase, as the source prints it (its format is not checked: no specification of it could be confirmed here).""", json_schema_extra = { "linkml_meta": {'domain_of': ['EvPotency']} })

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^CT-[A-Z][A-Z0-9]*-[0-9]{3,}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('nct_id')
    def pattern_nct_id(cls, v):
        pattern=re.compile(r"^NCT[0-9]{8}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid nct_id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid nct_id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('evidence')
    def pattern_evidence(cls, v):
        pattern=re.compile(r"^.{1,160}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid evidence format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid evidence format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('separation_steps')
    def pattern_separation_steps(cls, v):
        pattern=re.compile(r"^(centrifugation|filtration|ultracentrifugation|density_gradient|size_exclusion_chromatography|ultrafiltration|tangential_flow_filtration|precipitation|immunoaffinity|other)(; (g|min|rotor|k_factor|gradient|pore_um|mwco_kda|column|temperature_c|note)=[^;|]+)*$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid separation_steps format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid separation_steps format: {v}"
            raise ValueError(err_msg)
        return v


class GeneticModification(Provenance):
    """
    An engineered MSC as a source document reports it: the factor that was overexpressed (or knocked down), the cell source, the gene-transfer method and the disease model in which the engineered cells or their vesicles were tested.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'table_name': {'tag': 'table_name',
                                        'value': 'genetic_modifications'}},
         'class_uri': 'mscexo:GeneticModification',
         'from_schema': 'https://w3id.org/mscexo/schema',
         'mixins': ['Provenance'],
         'slot_usage': {'id': {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                                                    'value': 'GM-, the '
                                                                             'document '
                                                                             'code and '
                                                                             'a '
                                                                             'running '
                                                                             'number '
                                                                             'of three '
                                                                             'or more '
                                                                             'digits, '
                                                                             'such as '
                                                                             'GM-SCI21-001'}},
                               'description': 'Identifier of the record, `GM-`, the '
                                              'document code and a running number.',
                               'examples': [{'value': 'GM-SCI21-001'}],
                               'name': 'id',
                               'pattern': '^GM-[A-Z][A-Z0-9]*-[0-9]{3,}$'},
                        'modified_factor': {'name': 'modified_factor',
                                            'required': True}}})

    id: str = Field(default=..., description="""Identifier of the record, `GM-`, the document code and a running number.""", json_schema_extra = { "linkml_meta": {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                              'value': 'GM-, the document code and a '
                                                       'running number of three or '
                                                       'more digits, such as '
                                                       'GM-SCI21-001'}},
         'domain_of': ['Document',
                       'CitedWork',
                       'MscSource',
                       'Cargo',
                       'Condition',
                       'Trial',
                       'Product',
                       'CargoFinding',
                       'PreclinicalStudy',
                       'ClinicalTrial',
                       'GeneticModification',
                       'ApprovedProduct',
                       'Statistic',
                       'SourceTable',
                       'Exclusion',
                       'Retirement'],
         'examples': [{'value': 'GM-SCI21-001'}],
         'slot_uri': 'sdo:identifier'} })
    modified_factor: str = Field(default=..., description="""The gene or factor that was overexpressed or knocked down (as named in the document).""", json_schema_extra = { "linkml_meta": {'domain_of': ['GeneticModification']} })
    modification_method: Optional[ModificationMethodEnum] = Field(default=None, description="""Gene-transfer method, normalised.""", json_schema_extra = { "linkml_meta": {'domain_of': ['GeneticModification']} })
    method_as_reported: Optional[str] = Field(default=None, description="""Gene-transfer method exactly as the document writes it.""", json_schema_extra = { "linkml_meta": {'domain_of': ['GeneticModification']} })
    msc_source_id: Optional[str] = Field(default=None, description="""Canonical source of the cells that produced the product (see the msc_sources table).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Product',
                       'CargoFinding',
                       'PreclinicalStudy',
                       'ClinicalTrial',
                       'GeneticModification',
                       'ApprovedProduct']} })
    cell_type_as_reported: Optional[str] = Field(default=None, description="""The producer cell type exactly as the document names it (for example \"BMSCs\").""", json_schema_extra = { "linkml_meta": {'domain_of': ['CargoFinding',
                       'PreclinicalStudy',
                       'ClinicalTrial',
                       'GeneticModification',
                       'ApprovedProduct']} })
    condition_id: Optional[str] = Field(default=None, description="""The condition (disease, injury or non-disease context) the statement is about; empty when the document names none.""", json_schema_extra = { "linkml_meta": {'domain_of': ['CargoFinding',
                       'PreclinicalStudy',
                       'ClinicalTrial',
                       'GeneticModification',
                       'ApprovedProduct'],
         'slot_uri': 'sdo:healthCondition'} })
    condition_as_reported: Optional[str] = Field(default=None, description="""The condition exactly as the document words it.""", json_schema_extra = { "linkml_meta": {'domain_of': ['CargoFinding',
                       'PreclinicalStudy',
                       'ClinicalTrial',
                       'GeneticModification']} })
    model: Optional[str] = Field(default=None, description="""Experimental model as the document describes it (for example \"Liver fibrosis model\").""", json_schema_extra = { "linkml_meta": {'domain_of': ['CargoFinding', 'PreclinicalStudy', 'GeneticModification']} })
    organism: Optional[OrganismEnum] = Field(default=None, description="""Species.""", json_schema_extra = { "linkml_meta": {'domain_of': ['CargoFinding', 'PreclinicalStudy', 'GeneticModification']} })
    outcome: Optional[str] = Field(default=None, description="""The reported effect or result, in our own words.""", json_schema_extra = { "linkml_meta": {'domain_of': ['PreclinicalStudy', 'GeneticModification']} })
    cited_work_ids: Optional[list[str]] = Field(default=None, description="""The works the document cites for the statement, all of them when one sentence cites several (\"[91-95]\"); empty when it cites none. Count distinct cited works to count distinct studies.""", json_schema_extra = { "linkml_meta": {'domain_of': ['CargoFinding',
                       'PreclinicalStudy',
                       'ClinicalTrial',
                       'GeneticModification'],
         'slot_uri': 'dcterms:references'} })
    document_id: str = Field(default=..., description="""The source document that states the fact.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Provenance', 'Exclusion'], 'slot_uri': 'prov:wasDerivedFrom'} })
    locator: str = Field(default=..., description="""Where in the document the fact stands: a table and row (\"Table 3, row 2\"), a section (\"Introduction, paragraph 2\") or a figure legend.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Provenance'], 'examples': [{'value': 'Table 1, row 3'}]} })
    evidence: str = Field(default=..., description="""A short verbatim snippet of the document (one line, at most 160 characters) that supports the row. It is checked against the document text when the documents are available.""", json_schema_extra = { "linkml_meta": {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                              'value': 'one line of at most 160 '
                                                       'characters'}},
         'domain_of': ['Provenance'],
         'slot_uri': 'prov:value'} })
    confidence: Optional[float] = Field(default=None, description="""The curator's confidence that the row reproduces the document correctly, from 0 to 1. Empty means the curator had no doubt; a value below 1 comes with a curation note saying why (for example an uncertain row alignment in a flattened table).""", ge=0, le=1, json_schema_extra = { "linkml_meta": {'domain_of': ['Provenance']} })
    curation_note: Optional[str] = Field(default=None, description="""A note by the curator about how the row was read, in our own words.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Provenance', 'Trial', 'Product'], 'slot_uri': 'skos:note'} })

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^GM-[A-Z][A-Z0-9]*-[0-9]{3,}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('evidence')
    def pattern_evidence(cls, v):
        pattern=re.compile(r"^.{1,160}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid evidence format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid evidence format: {v}"
            raise ValueError(err_msg)
        return v


class ApprovedProduct(Provenance):
    """
    A statement of a source document that a stem cell product is approved for clinical use somewhere, with the jurisdiction and indication as stated. All statements about one product share its `product_id`.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'table_name': {'tag': 'table_name',
                                        'value': 'approved_products'}},
         'class_uri': 'mscexo:ApprovedProduct',
         'from_schema': 'https://w3id.org/mscexo/schema',
         'mixins': ['Provenance'],
         'slot_usage': {'id': {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                                                    'value': 'AP-, the '
                                                                             'document '
                                                                             'code and '
                                                                             'a '
                                                                             'running '
                                                                             'number '
                                                                             'of three '
                                                                             'or more '
                                                                             'digits, '
                                                                             'such as '
                                                                             'AP-SCI21-001'}},
                               'description': 'Identifier of the record, `AP-`, the '
                                              'document code and a running number.',
                               'examples': [{'value': 'AP-NRBE23-001'}],
                               'name': 'id',
                               'pattern': '^AP-[A-Z][A-Z0-9]*-[0-9]{3,}$'},
                        'name': {'description': 'Name of the approved product as the '
                                                'document prints it.',
                                 'name': 'name',
                                 'required': True}}})

    id: str = Field(default=..., description="""Identifier of the record, `AP-`, the document code and a running number.""", json_schema_extra = { "linkml_meta": {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                              'value': 'AP-, the document code and a '
                                                       'running number of three or '
                                                       'more digits, such as '
                                                       'AP-SCI21-001'}},
         'domain_of': ['Document',
                       'CitedWork',
                       'MscSource',
                       'Cargo',
                       'Condition',
                       'Trial',
                       'Product',
                       'CargoFinding',
                       'PreclinicalStudy',
                       'ClinicalTrial',
                       'GeneticModification',
                       'ApprovedProduct',
                       'Statistic',
                       'SourceTable',
                       'Exclusion',
                       'Retirement'],
         'examples': [{'value': 'AP-NRBE23-001'}],
         'slot_uri': 'sdo:identifier'} })
    product_id: Optional[str] = Field(default=None, description="""The named product the statement is about (see the products table).""", json_schema_extra = { "linkml_meta": {'domain_of': ['ClinicalTrial', 'ApprovedProduct']} })
    name: str = Field(default=..., description="""Name of the approved product as the document prints it.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Release', 'Cargo', 'Product', 'ApprovedProduct'],
         'slot_uri': 'sdo:name'} })
    jurisdiction: Optional[str] = Field(default=None, description="""Country or region where the product is approved, as the document states it.""", json_schema_extra = { "linkml_meta": {'domain_of': ['ApprovedProduct']} })
    regulator: Optional[str] = Field(default=None, description="""Regulatory agency, where stated (for example FDA).""", json_schema_extra = { "linkml_meta": {'domain_of': ['ApprovedProduct']} })
    indication: Optional[str] = Field(default=None, description="""Disease or use for which the product is approved.""", json_schema_extra = { "linkml_meta": {'domain_of': ['ApprovedProduct']} })
    condition_id: Optional[str] = Field(default=None, description="""The condition (disease, injury or non-disease context) the statement is about; empty when the document names none.""", json_schema_extra = { "linkml_meta": {'domain_of': ['CargoFinding',
                       'PreclinicalStudy',
                       'ClinicalTrial',
                       'GeneticModification',
                       'ApprovedProduct'],
         'slot_uri': 'sdo:healthCondition'} })
    product_type: ProductTypeEnum = Field(default=..., description="""What was given or studied (cells, exosomes, EVs, conditioned medium, secretome ...).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Product',
                       'CargoFinding',
                       'PreclinicalStudy',
                       'ClinicalTrial',
                       'ApprovedProduct']} })
    msc_source_id: Optional[str] = Field(default=None, description="""Canonical source of the cells that produced the product (see the msc_sources table).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Product',
                       'CargoFinding',
                       'PreclinicalStudy',
                       'ClinicalTrial',
                       'GeneticModification',
                       'ApprovedProduct']} })
    cell_type_as_reported: Optional[str] = Field(default=None, description="""The producer cell type exactly as the document names it (for example \"BMSCs\").""", json_schema_extra = { "linkml_meta": {'domain_of': ['CargoFinding',
                       'PreclinicalStudy',
                       'ClinicalTrial',
                       'GeneticModification',
                       'ApprovedProduct']} })
    approval_year: Optional[int] = Field(default=None, description="""Year of approval, where stated.""", ge=1900, le=2100, json_schema_extra = { "linkml_meta": {'domain_of': ['ApprovedProduct']} })
    document_id: str = Field(default=..., description="""The source document that states the fact.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Provenance', 'Exclusion'], 'slot_uri': 'prov:wasDerivedFrom'} })
    locator: str = Field(default=..., description="""Where in the document the fact stands: a table and row (\"Table 3, row 2\"), a section (\"Introduction, paragraph 2\") or a figure legend.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Provenance'], 'examples': [{'value': 'Table 1, row 3'}]} })
    evidence: str = Field(default=..., description="""A short verbatim snippet of the document (one line, at most 160 characters) that supports the row. It is checked against the document text when the documents are available.""", json_schema_extra = { "linkml_meta": {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                              'value': 'one line of at most 160 '
                                                       'characters'}},
         'domain_of': ['Provenance'],
         'slot_uri': 'prov:value'} })
    confidence: Optional[float] = Field(default=None, description="""The curator's confidence that the row reproduces the document correctly, from 0 to 1. Empty means the curator had no doubt; a value below 1 comes with a curation note saying why (for example an uncertain row alignment in a flattened table).""", ge=0, le=1, json_schema_extra = { "linkml_meta": {'domain_of': ['Provenance']} })
    curation_note: Optional[str] = Field(default=None, description="""A note by the curator about how the row was read, in our own words.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Provenance', 'Trial', 'Product'], 'slot_uri': 'skos:note'} })

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^AP-[A-Z][A-Z0-9]*-[0-9]{3,}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('evidence')
    def pattern_evidence(cls, v):
        pattern=re.compile(r"^.{1,160}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid evidence format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid evidence format: {v}"
            raise ValueError(err_msg)
        return v


class Statistic(Provenance):
    """
    An aggregate figure a source document states: a count of registered trials for a keyword and date, a market projection, the size or density range of exosomes, a publication count. Ranges keep both ends; each document's figure is its own row even where documents disagree.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'table_name': {'tag': 'table_name', 'value': 'statistics'}},
         'class_uri': 'mscexo:Statistic',
         'from_schema': 'https://w3id.org/mscexo/schema',
         'mixins': ['Provenance'],
         'slot_usage': {'id': {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                                                    'value': 'ST-, the '
                                                                             'document '
                                                                             'code and '
                                                                             'a '
                                                                             'running '
                                                                             'number '
                                                                             'of three '
                                                                             'or more '
                                                                             'digits, '
                                                                             'such as '
                                                                             'ST-SCI21-001'}},
                               'description': 'Identifier of the figure, `ST-`, the '
                                              'document code and a running number.',
                               'examples': [{'value': 'ST-NRBE23-001'}],
                               'name': 'id',
                               'pattern': '^ST-[A-Z][A-Z0-9]*-[0-9]{3,}$'}}})

    id: str = Field(default=..., description="""Identifier of the figure, `ST-`, the document code and a running number.""", json_schema_extra = { "linkml_meta": {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                              'value': 'ST-, the document code and a '
                                                       'running number of three or '
                                                       'more digits, such as '
                                                       'ST-SCI21-001'}},
         'domain_of': ['Document',
                       'CitedWork',
                       'MscSource',
                       'Cargo',
                       'Condition',
                       'Trial',
                       'Product',
                       'CargoFinding',
                       'PreclinicalStudy',
                       'ClinicalTrial',
                       'GeneticModification',
                       'ApprovedProduct',
                       'Statistic',
                       'SourceTable',
                       'Exclusion',
                       'Retirement'],
         'examples': [{'value': 'ST-NRBE23-001'}],
         'slot_uri': 'sdo:identifier'} })
    category: StatisticCategoryEnum = Field(default=..., description="""Kind of aggregate figure.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Statistic']} })
    quantity: str = Field(default=..., description="""What is counted or measured, in our own words (for example \"registered trials of exosome therapy\").""", json_schema_extra = { "linkml_meta": {'domain_of': ['Statistic']} })
    value: Optional[float] = Field(default=None, description="""The figure, for a single value.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Statistic'], 'slot_uri': 'sdo:value'} })
    value_min: Optional[float] = Field(default=None, description="""Lower end of a stated range.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Statistic'], 'slot_uri': 'sdo:minValue'} })
    value_max: Optional[float] = Field(default=None, description="""Upper end of a stated range.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Statistic'], 'slot_uri': 'sdo:maxValue'} })
    qualifier: QualifierEnum = Field(default=..., description="""How the figure is qualified in the text (exact, at least, about, a range ...).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Statistic']} })
    unit: Optional[str] = Field(default=None, description="""Unit of the figure (for example \"trials\", \"nm\", \"g/mL\", \"USD billion\").""", json_schema_extra = { "linkml_meta": {'domain_of': ['Statistic'], 'slot_uri': 'sdo:unitText'} })
    as_of_date: Optional[date] = Field(default=None, description="""Date the figure refers to, where stated.""", json_schema_extra = { "linkml_meta": {'close_mappings': ['dcterms:temporal'], 'domain_of': ['Statistic']} })
    query: Optional[str] = Field(default=None, description="""Search terms behind the figure, where stated (for example 'exosome therapy').""", json_schema_extra = { "linkml_meta": {'domain_of': ['Statistic']} })
    data_source: Optional[str] = Field(default=None, description="""Database or report the figure comes from, where stated (for example ClinicalTrials.gov).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Statistic'], 'slot_uri': 'dcterms:source'} })
    document_id: str = Field(default=..., description="""The source document that states the fact.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Provenance', 'Exclusion'], 'slot_uri': 'prov:wasDerivedFrom'} })
    locator: str = Field(default=..., description="""Where in the document the fact stands: a table and row (\"Table 3, row 2\"), a section (\"Introduction, paragraph 2\") or a figure legend.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Provenance'], 'examples': [{'value': 'Table 1, row 3'}]} })
    evidence: str = Field(default=..., description="""A short verbatim snippet of the document (one line, at most 160 characters) that supports the row. It is checked against the document text when the documents are available.""", json_schema_extra = { "linkml_meta": {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                              'value': 'one line of at most 160 '
                                                       'characters'}},
         'domain_of': ['Provenance'],
         'slot_uri': 'prov:value'} })
    confidence: Optional[float] = Field(default=None, description="""The curator's confidence that the row reproduces the document correctly, from 0 to 1. Empty means the curator had no doubt; a value below 1 comes with a curation note saying why (for example an uncertain row alignment in a flattened table).""", ge=0, le=1, json_schema_extra = { "linkml_meta": {'domain_of': ['Provenance']} })
    curation_note: Optional[str] = Field(default=None, description="""A note by the curator about how the row was read, in our own words.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Provenance', 'Trial', 'Product'], 'slot_uri': 'skos:note'} })

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^ST-[A-Z][A-Z0-9]*-[0-9]{3,}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('evidence')
    def pattern_evidence(cls, v):
        pattern=re.compile(r"^.{1,160}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid evidence format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid evidence format: {v}"
            raise ValueError(err_msg)
        return v


class SourceTable(Provenance):
    """
    A table printed in a source document, with the number of data rows it has. Every row must be covered by at least one record whose locator names it (\"Table 2, row 5\"), or be listed in the exclusions, so that no row of a flattened table is lost silently.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'table_name': {'tag': 'table_name', 'value': 'source_tables'}},
         'class_uri': 'mscexo:SourceTable',
         'from_schema': 'https://w3id.org/mscexo/schema',
         'mixins': ['Provenance'],
         'slot_usage': {'id': {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                                                    'value': 'TB-, the '
                                                                             'document '
                                                                             'code and '
                                                                             'the '
                                                                             'table '
                                                                             'number, '
                                                                             'such as '
                                                                             'TB-SCI21-3'}},
                               'description': 'Identifier of the table, `TB-`, the '
                                              'document code and the table number.',
                               'examples': [{'value': 'TB-SCI21-3'}],
                               'name': 'id',
                               'pattern': '^TB-[A-Z][A-Z0-9]*-[0-9]+$'}}})

    id: str = Field(default=..., description="""Identifier of the table, `TB-`, the document code and the table number.""", json_schema_extra = { "linkml_meta": {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                              'value': 'TB-, the document code and the '
                                                       'table number, such as '
                                                       'TB-SCI21-3'}},
         'domain_of': ['Document',
                       'CitedWork',
                       'MscSource',
                       'Cargo',
                       'Condition',
                       'Trial',
                       'Product',
                       'CargoFinding',
                       'PreclinicalStudy',
                       'ClinicalTrial',
                       'GeneticModification',
                       'ApprovedProduct',
                       'Statistic',
                       'SourceTable',
                       'Exclusion',
                       'Retirement'],
         'examples': [{'value': 'TB-SCI21-3'}],
         'slot_uri': 'sdo:identifier'} })
    table_label: str = Field(default=..., description="""The table's label as printed, for example \"Table 2\".""", json_schema_extra = { "linkml_meta": {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                              'value': 'Table and its number, such as '
                                                       'Table 2'}},
         'domain_of': ['SourceTable']} })
    caption: str = Field(default=..., description="""The table's caption as printed.""", json_schema_extra = { "linkml_meta": {'domain_of': ['SourceTable'], 'slot_uri': 'sdo:caption'} })
    row_count: int = Field(default=..., description="""Number of data rows of the table (header rows not counted; a table continued on later pages counted once).""", ge=1, json_schema_extra = { "linkml_meta": {'domain_of': ['SourceTable']} })
    document_id: str = Field(default=..., description="""The source document that states the fact.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Provenance', 'Exclusion'], 'slot_uri': 'prov:wasDerivedFrom'} })
    locator: str = Field(default=..., description="""Where in the document the fact stands: a table and row (\"Table 3, row 2\"), a section (\"Introduction, paragraph 2\") or a figure legend.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Provenance'], 'examples': [{'value': 'Table 1, row 3'}]} })
    evidence: str = Field(default=..., description="""A short verbatim snippet of the document (one line, at most 160 characters) that supports the row. It is checked against the document text when the documents are available.""", json_schema_extra = { "linkml_meta": {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                              'value': 'one line of at most 160 '
                                                       'characters'}},
         'domain_of': ['Provenance'],
         'slot_uri': 'prov:value'} })
    confidence: Optional[float] = Field(default=None, description="""The curator's confidence that the row reproduces the document correctly, from 0 to 1. Empty means the curator had no doubt; a value below 1 comes with a curation note saying why (for example an uncertain row alignment in a flattened table).""", ge=0, le=1, json_schema_extra = { "linkml_meta": {'domain_of': ['Provenance']} })
    curation_note: Optional[str] = Field(default=None, description="""A note by the curator about how the row was read, in our own words.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Provenance', 'Trial', 'Product'], 'slot_uri': 'skos:note'} })

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^TB-[A-Z][A-Z0-9]*-[0-9]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('table_label')
    def pattern_table_label(cls, v):
        pattern=re.compile(r"^Table [0-9]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid table_label format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid table_label format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('evidence')
    def pattern_evidence(cls, v):
        pattern=re.compile(r"^.{1,160}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid evidence format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid evidence format: {v}"
            raise ValueError(err_msg)
        return v


class Exclusion(ConfiguredBaseModel):
    """
    Something a source document contains that the curation deliberately leaves out (a reference cited only for background, a table row that cannot be rebuilt), with the reason. Coverage checks treat excluded items as accounted for; users see what is missing.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'table_name': {'tag': 'table_name', 'value': 'exclusions'}},
         'class_uri': 'mscexo:Exclusion',
         'from_schema': 'https://w3id.org/mscexo/schema',
         'slot_usage': {'id': {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                                                    'value': 'EX-, the '
                                                                             'document '
                                                                             'code and '
                                                                             'a '
                                                                             'running '
                                                                             'number '
                                                                             'of three '
                                                                             'or more '
                                                                             'digits, '
                                                                             'such as '
                                                                             'EX-SCI21-001'}},
                               'description': 'Identifier of the exclusion, `EX-`, the '
                                              'document code and a running number.',
                               'examples': [{'value': 'EX-SCI21-001'}],
                               'name': 'id',
                               'pattern': '^EX-[A-Z][A-Z0-9]*-[0-9]{3,}$'}}})

    id: str = Field(default=..., description="""Identifier of the exclusion, `EX-`, the document code and a running number.""", json_schema_extra = { "linkml_meta": {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                              'value': 'EX-, the document code and a '
                                                       'running number of three or '
                                                       'more digits, such as '
                                                       'EX-SCI21-001'}},
         'domain_of': ['Document',
                       'CitedWork',
                       'MscSource',
                       'Cargo',
                       'Condition',
                       'Trial',
                       'Product',
                       'CargoFinding',
                       'PreclinicalStudy',
                       'ClinicalTrial',
                       'GeneticModification',
                       'ApprovedProduct',
                       'Statistic',
                       'SourceTable',
                       'Exclusion',
                       'Retirement'],
         'examples': [{'value': 'EX-SCI21-001'}],
         'slot_uri': 'sdo:identifier'} })
    document_id: str = Field(default=..., description="""The source document that states the fact.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Provenance', 'Exclusion'], 'slot_uri': 'prov:wasDerivedFrom'} })
    exclusion_kind: ExclusionKindEnum = Field(default=..., description="""What kind of item is left out.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Exclusion']} })
    items: list[str] = Field(default=..., description="""The items left out: reference numbers or ranges (\"12\", \"30-41\"), NCT numbers, or table rows (\"Table 2, row 5\").""", json_schema_extra = { "linkml_meta": {'domain_of': ['Exclusion']} })
    reason: str = Field(default=..., description="""Why the items are left out, in our own words.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Exclusion', 'Retirement']} })

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^EX-[A-Z][A-Z0-9]*-[0-9]{3,}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class Retirement(ConfiguredBaseModel):
    """
    An identifier that an earlier release had and this one no longer has, with the reason and any replacement. Identifiers are never dropped silently: the build fails when an identifier of the previous release is missing and no retirement record names it.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'table_name': {'tag': 'table_name', 'value': 'retired'}},
         'class_uri': 'mscexo:Retirement',
         'from_schema': 'https://w3id.org/mscexo/schema',
         'slot_usage': {'id': {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                                                    'value': 'an '
                                                                             'identifier '
                                                                             'exactly '
                                                                             'as it '
                                                                             'was '
                                                                             'released, '
                                                                             'such as '
                                                                             'CT-SCI21-002'}},
                               'description': 'The identifier that was retired, '
                                              'exactly as it was released.',
                               'examples': [{'value': 'CT-SCI21-002'}],
                               'name': 'id',
                               'pattern': '^[A-Za-z][A-Za-z0-9._:/-]*$'},
                        'reason': {'description': 'Why the identifier was retired '
                                                  '(merged, split, withdrawn), in our '
                                                  'own words.',
                                   'name': 'reason'}}})

    id: str = Field(default=..., description="""The identifier that was retired, exactly as it was released.""", json_schema_extra = { "linkml_meta": {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                              'value': 'an identifier exactly as it '
                                                       'was released, such as '
                                                       'CT-SCI21-002'}},
         'domain_of': ['Document',
                       'CitedWork',
                       'MscSource',
                       'Cargo',
                       'Condition',
                       'Trial',
                       'Product',
                       'CargoFinding',
                       'PreclinicalStudy',
                       'ClinicalTrial',
                       'GeneticModification',
                       'ApprovedProduct',
                       'Statistic',
                       'SourceTable',
                       'Exclusion',
                       'Retirement'],
         'examples': [{'value': 'CT-SCI21-002'}],
         'slot_uri': 'sdo:identifier'} })
    retired_table: str = Field(default=..., description="""The table that held the retired identifier.""", json_schema_extra = { "linkml_meta": {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                              'value': 'a table name in lower case, '
                                                       'such as clinical_trials'}},
         'domain_of': ['Retirement'],
         'examples': [{'value': 'clinical_trials'}]} })
    retired_in: str = Field(default=..., description="""The first release without the identifier (MAJOR.MINOR.PATCH).""", json_schema_extra = { "linkml_meta": {'annotations': {'pattern_in_words': {'tag': 'pattern_in_words',
                                              'value': 'a version MAJOR.MINOR.PATCH, '
                                                       'such as 1.0.0'}},
         'domain_of': ['Retirement'],
         'examples': [{'value': '0.2.0'}]} })
    reason: str = Field(default=..., description="""Why the identifier was retired (merged, split, withdrawn), in our own words.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Exclusion', 'Retirement']} })
    replaced_by: Optional[str] = Field(default=None, description="""The identifier that replaces the retired one, if any (in the same table, or in the table the statement moved to).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Retirement'], 'slot_uri': 'dcterms:isReplacedBy'} })

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^[A-Za-z][A-Za-z0-9._:/-]*$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('retired_table')
    def pattern_retired_table(cls, v):
        pattern=re.compile(r"^[a-z][a-z_]*$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid retired_table format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid retired_table format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('retired_in')
    def pattern_retired_in(cls, v):
        pattern=re.compile(r"^[0-9]+\.[0-9]+\.[0-9]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid retired_in format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid retired_in format: {v}"
            raise ValueError(err_msg)
        return v


# Model rebuild
# see https://pydantic-docs.helpmanual.io/usage/models/#rebuilding-a-model
Dataset.model_rebuild()
Curator.model_rebuild()
Release.model_rebuild()
Provenance.model_rebuild()
IsctIdentity.model_rebuild()
MisevCharacterisation.model_rebuild()
DonorProfile.model_rebuild()
CultureConditions.model_rebuild()
EvSeparation.model_rebuild()
EvQuantification.model_rebuild()
EvMarkerProfile.model_rebuild()
EvStorage.model_rebuild()
EvPotency.model_rebuild()
Document.model_rebuild()
CitedWork.model_rebuild()
MscSource.model_rebuild()
Cargo.model_rebuild()
Condition.model_rebuild()
Trial.model_rebuild()
Product.model_rebuild()
CargoFinding.model_rebuild()
PreclinicalStudy.model_rebuild()
ClinicalTrial.model_rebuild()
GeneticModification.model_rebuild()
ApprovedProduct.model_rebuild()
Statistic.model_rebuild()
SourceTable.model_rebuild()
Exclusion.model_rebuild()
Retirement.model_rebuild()
