-- # Class: Dataset Description: A collection of MSC-Exo records, one list per table. Each curation file (one per source document) is a Dataset; the built data package is the union of all of them.
--     * Slot: id
-- # Class: Curator Description: A person who curated records: named in the curation file that holds the records (its `curators`, which every record of the file inherits), and credited as an author of every release built from it (datapackage.json `contributors`, CITATION.cff, .zenodo.json and `mscexo cite`). The ORCID iD is checked against its pattern here and against its check digit (ISO 7064 MOD 11-2) by the build and `mscexo validate`.
--     * Slot: id
--     * Slot: family_names Description: A curator's family name (surname), as the Citation File Format has it.
--     * Slot: given_names Description: A curator's given names, as the Citation File Format has them.
--     * Slot: orcid Description: A curator's ORCID iD, as 16 characters in four groups (0000-0002-1825-0097), without the https://orcid.org/ prefix. The last character is a check digit (0-9 or X, ISO 7064 MOD 11-2), checked by the build and `mscexo validate`.
--     * Slot: Dataset_id Description: Autocreated FK slot
-- # Class: Release Description: The version record of one data package release: the single place where the release version and date are declared. Builds take the release date from here, never from the clock, so that the same inputs always build the same bytes.
--     * Slot: id
--     * Slot: name Description: Machine name of the data package (lower case, no spaces).
--     * Slot: title Description: Human-readable title of the data package.
--     * Slot: version Description: Release version, following semantic versioning (MAJOR.MINOR.PATCH).
--     * Slot: release_date Description: Date of the release; the only date written into the built package.
--     * Slot: data_licence Description: SPDX identifier of the licence of the data package (for example CC-BY-4.0).
--     * Slot: description Description: A paragraph saying what the release contains.
--     * Slot: homepage Description: Web page of the project.
--     * Slot: doi Description: The DOI an archive (Zenodo) minted for this release, recorded once it exists; empty before. The build writes it into datapackage.json, and every citation format gives it.
-- # Class: Provenance Description: Where a fact comes from. Every fact row names its source document, a locator inside it (table and row, or section) and a short verbatim snippet of the document that supports the row, so that any reader can go back to the text and check it.
--     * Slot: id
--     * Slot: document_id Description: The source document that states the fact.
--     * Slot: locator Description: Where in the document the fact stands: a table and row ("Table 3, row 2"), a section ("Introduction, paragraph 2") or a figure legend.
--     * Slot: evidence Description: A short verbatim snippet of the document (one line, at most 160 characters) that supports the row. It is checked against the document text when the documents are available.
--     * Slot: confidence Description: The curator's confidence that the row reproduces the document correctly, from 0 to 1. Empty means the curator had no doubt; a value below 1 comes with a curation note saying why (for example an uncertain row alignment in a flattened table).
--     * Slot: curation_note Description: A note by the curator about how the row was read, in our own words.
-- # Class: IsctIdentity Description: Room for the minimal criteria of the International Society for Cellular Therapy (ISCT, Dominici et al. 2006) that define a human MSC: adherence to plastic, expression of CD73, CD90 and CD105, absence of CD45, CD34, CD14 or CD11b, CD79a or CD19 and HLA-DR, and differentiation into osteoblasts, adipocytes and chondrocytes in vitro. Fields stay empty when the source does not say.
--     * Slot: id
--     * Slot: plastic_adherence Description: Whether the source reports that the cells adhere to plastic in standard culture.
--     * Slot: trilineage_differentiation Description: Whether osteogenic, adipogenic and chondrogenic differentiation in vitro is reported.
-- # Class: MisevCharacterisation Description: Room for the EV characterisation that the Minimal Information for Studies of Extracellular Vesicles guidelines (MISEV2018/MISEV2023) ask for: how the vesicles were isolated, how particle size and concentration were measured, which protein markers were shown present or absent, and how single vesicles were imaged.
--     * Slot: id
--     * Slot: ev_isolation_method Description: How the vesicles were isolated.
--     * Slot: particle_size_method Description: How particle size was measured.
--     * Slot: particle_size_min_nm Description: Smallest reported particle diameter, in nanometres.
--     * Slot: particle_size_max_nm Description: Largest reported particle diameter, in nanometres.
--     * Slot: particle_concentration_method Description: How particle concentration was measured.
--     * Slot: ev_imaging_method Description: How single vesicles were imaged.
-- # Class: DonorProfile Description: Who donated the producer cells: age, sex and number of donors, as the source states.
--     * Slot: id
--     * Slot: donor_age_min_years Description: Age of the youngest cell donor in years (the age itself for one donor), as the source states it.
--     * Slot: donor_age_max_years Description: Age of the oldest cell donor in years; empty for one donor.
--     * Slot: donor_sex Description: Sex of the cell donor or donors, as the source states it.
--     * Slot: donor_count Description: Number of donors whose cells were used (pooled or separately).
-- # Class: CultureConditions Description: How the producer cells were grown before the vesicles were collected: medium, its supplement (serum or human platelet lysate) and whether that was EV-depleted, passage, priming (for example hypoxia or inflammatory cytokines) and viability at harvest.
--     * Slot: id
--     * Slot: culture_medium Description: Basal culture medium as the source names it (for example "alpha-MEM").
--     * Slot: medium_supplement Description: The supplement of the culture medium during vesicle collection: serum, human platelet lysate, or none (serum-free).
--     * Slot: ev_depleted_supplement Description: True when the serum or platelet lysate was depleted of its own vesicles (for example by overnight ultracentrifugation) before the conditioned medium was collected.
--     * Slot: passage_number Description: Passage of the producer cells at vesicle collection (the highest passage when a range is given).
--     * Slot: priming_as_reported Description: The priming exactly as the source describes it (agent, concentration, duration).
--     * Slot: oxygen_percent Description: Oxygen concentration of the culture during collection, in percent (for example 1 for hypoxia).
--     * Slot: viability_at_harvest_percent Description: Viability of the producer cells when the conditioned medium was harvested, in percent.
-- # Class: EvSeparation Description: How much starting material was processed and how the vesicles were separated from it, step by step with each step's parameters.
--     * Slot: id
--     * Slot: starting_material_amount Description: How much starting material was processed, as the source states it (for example "200 mL conditioned medium from 2 × 10^7 cells over 48 h").
-- # Class: EvQuantification Description: The amounts of the preparation measured in at least two ways (particles, protein, lipid) and their ratio, which MISEV uses as an indicator of purity.
--     * Slot: id
--     * Slot: particle_concentration_per_ml Description: Particle concentration of the preparation, in particles per millilitre.
--     * Slot: protein_method Description: How the protein content was measured.
--     * Slot: protein_concentration_ug_per_ml Description: Protein concentration of the preparation, in micrograms per millilitre.
--     * Slot: lipid_method Description: How the lipid content was measured.
--     * Slot: lipid_concentration_nmol_per_ml Description: Lipid content of the preparation, in nanomoles per millilitre (where the source gives a molar amount).
--     * Slot: particles_per_ug_protein Description: Ratio of particles to micrograms of protein, an indicator of purity, as the source gives it or as computed from its figures.
-- # Class: EvMarkerProfile Description: The protein markers shown, by category (transmembrane or GPI-anchored, cytosolic, non-EV co-isolated contaminants), and the antibodies used to show them.
--     * Slot: id
-- # Class: EvStorage Description: How the preparation was stored before use.
--     * Slot: id
--     * Slot: storage_temperature_c Description: Storage temperature of the preparation, in degrees Celsius (for example -80).
--     * Slot: storage_buffer Description: Buffer or solution in which the preparation was stored, as named (for example "PBS").
--     * Slot: storage_duration_days Description: Longest storage time before use, in days.
--     * Slot: freeze_thaw_cycles Description: Number of freeze-thaw cycles before use.
-- # Class: EvPotency Description: The potency assay, the ISCT marker percentages measured on the producer cells and the EV-TRACK identifier of the experiment, where the study registered one.
--     * Slot: id
--     * Slot: potency_assay_kind Description: What the potency assay measures, in broad classes (the classes are this schema's, not a standard's; describe the assay itself in `potency_assay`).
--     * Slot: potency_assay Description: The potency assay as the source describes it (read-out, target cells, what counts as potent).
--     * Slot: isct_positive_min_percent Description: The lowest percentage of producer cells positive for an ISCT positive marker (CD73, CD90, CD105) that the source reports; ISCT asks for at least 95.
--     * Slot: isct_negative_max_percent Description: The highest percentage of producer cells positive for an ISCT negative marker that the source reports; ISCT asks for at most 2.
--     * Slot: ev_track_id Description: Identifier of the experiment in the EV-TRACK knowledgebase, as the source prints it (its format is not checked: no specification of it could be confirmed here).
-- # Class: Document Description: A source document that MSC-Exo was curated from (a review, viewpoint, comment or a bibliographic record), with its bibliographic facts and the checksum of the text that was read.
--     * Slot: id Description: Identifier of the document: a DOI CURIE (`doi:10.xxxx/...`) where the DOI is known and verified, otherwise a local MSC-Exo identifier (`mscexo:doc-...`).
--     * Slot: title Description: Title of the document as published.
--     * Slot: journal Description: Journal in which the document appeared.
--     * Slot: year Description: Publication year.
--     * Slot: volume Description: Journal volume.
--     * Slot: issue Description: Journal issue.
--     * Slot: pages Description: Page range.
--     * Slot: article_number Description: Article number, for journals that number articles instead of pages.
--     * Slot: doi Description: Digital Object Identifier, without the `doi:` prefix or resolver; empty unless verified.
--     * Slot: pmid Description: PubMed identifier; empty unless verified.
--     * Slot: pmcid Description: PubMed Central identifier; empty unless verified.
--     * Slot: document_type Description: Kind of document.
--     * Slot: licence Description: Licence under which the document was published.
--     * Slot: licence_note Description: What is and is not verified about the licence.
--     * Slot: text_file Description: File name of the plain-text copy that was curated (kept outside the repository).
--     * Slot: text_sha256 Description: SHA-256 checksum of the plain-text copy that was curated, so that snippets can be checked against exactly that text.
--     * Slot: Dataset_id Description: Autocreated FK slot
-- # Class: CitedWork Description: A work cited inside a source document, as that document cites it (for example "Damania et al[23], 2018"). Studies and trials point to it so that a reader can follow a fact back to the primary literature. Only what the citing document states is kept.
--     * Slot: id Description: Identifier of the cited work: `CW-`, the short code of the citing document and the reference number (or a short slug where the document gives no number).
--     * Slot: reference_number Description: Number of the reference in the citing document's reference list.
--     * Slot: first_author Description: Surname of the first author of a cited work, as the citing document writes it.
--     * Slot: year Description: Publication year of the cited work, as the citing document gives it.
--     * Slot: cited_title Description: Title of the cited work, where the citing document gives it.
--     * Slot: document_id Description: The source document that states the fact.
--     * Slot: locator Description: Where in the document the fact stands: a table and row ("Table 3, row 2"), a section ("Introduction, paragraph 2") or a figure legend.
--     * Slot: evidence Description: A short verbatim snippet of the document (one line, at most 160 characters) that supports the row. It is checked against the document text when the documents are available.
--     * Slot: confidence Description: The curator's confidence that the row reproduces the document correctly, from 0 to 1. Empty means the curator had no doubt; a value below 1 comes with a curation note saying why (for example an uncertain row alignment in a flattened table).
--     * Slot: curation_note Description: A note by the curator about how the row was read, in our own words.
--     * Slot: Dataset_id Description: Autocreated FK slot
-- # Class: MscSource Description: A canonical source of the cells that produce the vesicles: usually a tissue from which MSCs are isolated (bone marrow, adipose tissue, umbilical cord ...), together with every abbreviation the literature uses for it, so that "BM-MSC", "BMSC" and "BMMSC" resolve to one row. Non-MSC producer cells named by the documents (embryonic or induced pluripotent stem cells, cardiac stem cells) are rows too, with their cell kind.
--     * Slot: id Description: Canonical short name of the source, used as its identifier.
--     * Slot: label Description: Full name of the source, for example "bone marrow-derived MSC".
--     * Slot: cell_kind Description: What kind of cell this source provides.
--     * Slot: tissue Description: Tissue from which the cells are isolated.
--     * Slot: description Description: A short explanation in our own words.
--     * Slot: Dataset_id Description: Autocreated FK slot
-- # Class: Cargo Description: A molecule carried by MSC-derived vesicles (a microRNA, long non-coding RNA, protein, growth factor, cytokine, EV marker protein, lipid ...), named as the literature names it. What the molecule does is recorded in cargo findings, one row per statement.
--     * Slot: id Description: Identifier of the cargo molecule, `CG-` followed by its name without spaces.
--     * Slot: name Description: Name of the molecule as the literature writes it (for example "miR-21").
--     * Slot: molecule_type Description: Kind of molecule.
--     * Slot: mirbase_id Description: miRBase accession of a microRNA (mature MIMAT or precursor MI); empty unless verified.
--     * Slot: hgnc_id Description: HGNC identifier of the human gene encoding a protein cargo; empty unless verified.
--     * Slot: Dataset_id Description: Autocreated FK slot
-- # Class: Condition Description: A disease, injury or non-disease context (angiogenesis, bone regeneration, wound healing) that statements are about: one row per real thing, whatever the spelling in the documents. Diseases are grounded in MONDO, contexts in GO or HP where a term exists; the mapping decisions are kept in `curation/conditions.sssom.tsv` (SSSOM). Statements reference a condition by `condition_id` and keep the printed words in `condition_as_reported`.
--     * Slot: id Description: Identifier of the condition, `CO-` and a slug of its label.
--     * Slot: label Description: Canonical name of the condition (the MONDO label when the match is exact).
--     * Slot: condition_kind Description: Whether the condition is a disease or a non-disease context.
--     * Slot: disease_area Description: Broad disease area of the condition, for grouping and plotting; empty for a context that belongs to no organ system.
--     * Slot: mondo_id Description: The MONDO disease term for the condition (exact or, with the predicate in the SSSOM file, the closest broader term); empty with an `unmapped_reason` when none fits.
--     * Slot: context_term_id Description: The GO biological process or HP phenotype term for a non-disease context, where one exists.
--     * Slot: unmapped_reason Description: Why the condition has no ontology term, in our own words.
--     * Slot: Dataset_id Description: Autocreated FK slot
-- # Class: Trial Description: A real clinical trial, once, however many documents report it. Its identifier is the ClinicalTrials.gov number where the trial is registered, and a minted `TR-` number otherwise. Reports of the trial (rows of `clinical_trials`) reference it by `trial_id`.
--     * Slot: id Description: The NCT number of a registered trial; `TR-` and four digits for a trial the documents report without a registry number.
--     * Slot: nct_id Description: ClinicalTrials.gov registry number; empty for a trial the document reports without one.
--     * Slot: label Description: A short description of the trial in our own words, from what the documents say.
--     * Slot: curation_note Description: A note by the curator about how the row was read, in our own words.
--     * Slot: Dataset_id Description: Autocreated FK slot
-- # Class: Product Description: A named product (a cell therapy, an exosome product or an investigational agent), once, however many documents and statements mention it. Approvals and trial reports reference it by `product_id`; each keeps what its document says.
--     * Slot: id Description: Identifier of the product, `PR-` and a slug of its name.
--     * Slot: name Description: Name of the product as the documents print it (without trademark signs).
--     * Slot: product_type Description: What was given or studied (cells, exosomes, EVs, conditioned medium, secretome ...).
--     * Slot: msc_source_id Description: Source of the cells, only where a document states it.
--     * Slot: developer Description: Company or institution that develops or markets the product, where a document states it.
--     * Slot: curation_note Description: A note by the curator about how the row was read, in our own words.
--     * Slot: Dataset_id Description: Autocreated FK slot
-- # Class: CargoFinding Description: One statement of a source document about a cargo molecule of MSC-derived vesicles: what it does (effect), on which target or pathway, in vesicles of which source cells and in which disease context.
--     * Slot: id Description: Identifier of the finding, `CF-`, the document code and a running number.
--     * Slot: cargo_id Description: The cargo molecule the finding is about.
--     * Slot: msc_source_id Description: Canonical source of the cells that produced the product (see the msc_sources table).
--     * Slot: cell_type_as_reported Description: The producer cell type exactly as the document names it (for example "BMSCs").
--     * Slot: product_type Description: What was given or studied (cells, exosomes, EVs, conditioned medium, secretome ...).
--     * Slot: effect Description: What the cargo does, as the document states it, in our own words.
--     * Slot: target Description: Gene, protein or cell the cargo acts on, as the document names it.
--     * Slot: pathway Description: Signalling pathway the document names.
--     * Slot: condition_id Description: The condition (disease, injury or non-disease context) the statement is about; empty when the document names none.
--     * Slot: condition_as_reported Description: The condition exactly as the document words it.
--     * Slot: model Description: Experimental model as the document describes it (for example "Liver fibrosis model").
--     * Slot: organism Description: Species.
--     * Slot: document_id Description: The source document that states the fact.
--     * Slot: locator Description: Where in the document the fact stands: a table and row ("Table 3, row 2"), a section ("Introduction, paragraph 2") or a figure legend.
--     * Slot: evidence Description: A short verbatim snippet of the document (one line, at most 160 characters) that supports the row. It is checked against the document text when the documents are available.
--     * Slot: confidence Description: The curator's confidence that the row reproduces the document correctly, from 0 to 1. Empty means the curator had no doubt; a value below 1 comes with a curation note saying why (for example an uncertain row alignment in a flattened table).
--     * Slot: curation_note Description: A note by the curator about how the row was read, in our own words.
--     * Slot: Dataset_id Description: Autocreated FK slot
-- # Class: PreclinicalStudy Description: One preclinical study (in vitro and/or in an animal model) of MSCs or their secreted products, as a source document reports it: which cells, which product, which disease model, how it was given, and what it did.
--     * Slot: id Description: Identifier of the study record, `PS-`, the document code and a running number.
--     * Slot: condition_id Description: The condition (disease, injury or non-disease context) the statement is about; empty when the document names none.
--     * Slot: condition_as_reported Description: The condition exactly as the document words it.
--     * Slot: model Description: Experimental model as the document describes it (for example "Liver fibrosis model").
--     * Slot: organism Description: Species of the disease model (the animal treated, or the cells' species in vitro).
--     * Slot: study_setting Description: Whether the study was done in vitro, in vivo or both.
--     * Slot: msc_source_id Description: Canonical source of the cells that produced the product (see the msc_sources table).
--     * Slot: cell_type_as_reported Description: The producer cell type exactly as the document names it (for example "BMSCs").
--     * Slot: donor_organism Description: Species of the donor of the producer cells.
--     * Slot: product_type Description: What was given or studied (cells, exosomes, EVs, conditioned medium, secretome ...).
--     * Slot: genetic_modification_id Description: The genetic modification of the producer cells, if any.
--     * Slot: route Description: Route of administration, normalised.
--     * Slot: route_as_reported Description: Route of administration exactly as the document writes it.
--     * Slot: dose Description: Dose as the document writes it (amount, unit, schedule); empty when not stated.
--     * Slot: dose_value Description: The amount of a single printed dose, read from `dose` by the build (`mscexo.dose`); empty when the dose is a range or cannot be read. Never filled by hand.
--     * Slot: dose_min Description: Lower end of a printed dose range, read from `dose` by the build.
--     * Slot: dose_max Description: Upper end of a printed dose range, read from `dose` by the build.
--     * Slot: dose_unit Description: Unit of the amount, read from `dose` by the build: one of cells, particles, ng, ug, mg, g, uL, mL, L, cells/mL, particles/mL, ng/mL, ug/mL, mg/mL, mL/cm3 (ASCII `u` for micro; a concentration or a volume per lesion size is a unit of its own, so that values of one unit compare like with like).
--     * Slot: dose_basis Description: What the amount counts, read from `dose` by the build.
--     * Slot: dose_per_body_weight Description: True when the amount is per kilogram of body weight, read from `dose` by the build.
--     * Slot: dose_frequency Description: How often the dose was given, in short words, read from `dose` by the build.
--     * Slot: outcome Description: The reported effect or result, in our own words.
--     * Slot: document_id Description: The source document that states the fact.
--     * Slot: locator Description: Where in the document the fact stands: a table and row ("Table 3, row 2"), a section ("Introduction, paragraph 2") or a figure legend.
--     * Slot: evidence Description: A short verbatim snippet of the document (one line, at most 160 characters) that supports the row. It is checked against the document text when the documents are available.
--     * Slot: confidence Description: The curator's confidence that the row reproduces the document correctly, from 0 to 1. Empty means the curator had no doubt; a value below 1 comes with a curation note saying why (for example an uncertain row alignment in a flattened table).
--     * Slot: curation_note Description: A note by the curator about how the row was read, in our own words.
--     * Slot: plastic_adherence Description: Whether the source reports that the cells adhere to plastic in standard culture.
--     * Slot: trilineage_differentiation Description: Whether osteogenic, adipogenic and chondrogenic differentiation in vitro is reported.
--     * Slot: ev_isolation_method Description: How the vesicles were isolated.
--     * Slot: particle_size_method Description: How particle size was measured.
--     * Slot: particle_size_min_nm Description: Smallest reported particle diameter, in nanometres.
--     * Slot: particle_size_max_nm Description: Largest reported particle diameter, in nanometres.
--     * Slot: particle_concentration_method Description: How particle concentration was measured.
--     * Slot: ev_imaging_method Description: How single vesicles were imaged.
--     * Slot: donor_age_min_years Description: Age of the youngest cell donor in years (the age itself for one donor), as the source states it.
--     * Slot: donor_age_max_years Description: Age of the oldest cell donor in years; empty for one donor.
--     * Slot: donor_sex Description: Sex of the cell donor or donors, as the source states it.
--     * Slot: donor_count Description: Number of donors whose cells were used (pooled or separately).
--     * Slot: culture_medium Description: Basal culture medium as the source names it (for example "alpha-MEM").
--     * Slot: medium_supplement Description: The supplement of the culture medium during vesicle collection: serum, human platelet lysate, or none (serum-free).
--     * Slot: ev_depleted_supplement Description: True when the serum or platelet lysate was depleted of its own vesicles (for example by overnight ultracentrifugation) before the conditioned medium was collected.
--     * Slot: passage_number Description: Passage of the producer cells at vesicle collection (the highest passage when a range is given).
--     * Slot: priming_as_reported Description: The priming exactly as the source describes it (agent, concentration, duration).
--     * Slot: oxygen_percent Description: Oxygen concentration of the culture during collection, in percent (for example 1 for hypoxia).
--     * Slot: viability_at_harvest_percent Description: Viability of the producer cells when the conditioned medium was harvested, in percent.
--     * Slot: starting_material_amount Description: How much starting material was processed, as the source states it (for example "200 mL conditioned medium from 2 × 10^7 cells over 48 h").
--     * Slot: particle_concentration_per_ml Description: Particle concentration of the preparation, in particles per millilitre.
--     * Slot: protein_method Description: How the protein content was measured.
--     * Slot: protein_concentration_ug_per_ml Description: Protein concentration of the preparation, in micrograms per millilitre.
--     * Slot: lipid_method Description: How the lipid content was measured.
--     * Slot: lipid_concentration_nmol_per_ml Description: Lipid content of the preparation, in nanomoles per millilitre (where the source gives a molar amount).
--     * Slot: particles_per_ug_protein Description: Ratio of particles to micrograms of protein, an indicator of purity, as the source gives it or as computed from its figures.
--     * Slot: storage_temperature_c Description: Storage temperature of the preparation, in degrees Celsius (for example -80).
--     * Slot: storage_buffer Description: Buffer or solution in which the preparation was stored, as named (for example "PBS").
--     * Slot: storage_duration_days Description: Longest storage time before use, in days.
--     * Slot: freeze_thaw_cycles Description: Number of freeze-thaw cycles before use.
--     * Slot: potency_assay_kind Description: What the potency assay measures, in broad classes (the classes are this schema's, not a standard's; describe the assay itself in `potency_assay`).
--     * Slot: potency_assay Description: The potency assay as the source describes it (read-out, target cells, what counts as potent).
--     * Slot: isct_positive_min_percent Description: The lowest percentage of producer cells positive for an ISCT positive marker (CD73, CD90, CD105) that the source reports; ISCT asks for at least 95.
--     * Slot: isct_negative_max_percent Description: The highest percentage of producer cells positive for an ISCT negative marker that the source reports; ISCT asks for at most 2.
--     * Slot: ev_track_id Description: Identifier of the experiment in the EV-TRACK knowledgebase, as the source prints it (its format is not checked: no specification of it could be confirmed here).
--     * Slot: Dataset_id Description: Autocreated FK slot
-- # Class: ClinicalTrial Description: One clinical study of MSCs, their exosomes or secretome (or a related cell-free or engineered product) in humans as a source document reports it: a clinical trial, or a case report or case series. The same trial may be reported by several documents: each report is its own row, and all reports of one real trial share its `trial_id`.
--     * Slot: id Description: Identifier of the trial report, `CT-`, the document code and a running number.
--     * Slot: clinical_study_type Description: What kind of clinical study the document reports.
--     * Slot: trial_id Description: The real trial this report is about (see the trials table); empty for a case report or series.
--     * Slot: nct_id Description: ClinicalTrials.gov registry number; empty for a trial the document reports without one.
--     * Slot: condition_id Description: The condition (disease, injury or non-disease context) the statement is about; empty when the document names none.
--     * Slot: condition_as_reported Description: The condition exactly as the document words it.
--     * Slot: product_type Description: What was given or studied (cells, exosomes, EVs, conditioned medium, secretome ...).
--     * Slot: product_id Description: The named product the statement is about (see the products table).
--     * Slot: product_name Description: Name of the product or investigational agent, where the document gives one.
--     * Slot: msc_source_id Description: Canonical source of the cells that produced the product (see the msc_sources table).
--     * Slot: cell_type_as_reported Description: The producer cell type exactly as the document names it (for example "BMSCs").
--     * Slot: donor_type Description: Whether the cells come from the patient (autologous) or from another donor (allogeneic).
--     * Slot: route Description: Route of administration, normalised.
--     * Slot: route_as_reported Description: Route of administration exactly as the document writes it.
--     * Slot: dose Description: Dose as the document writes it (amount, unit, schedule); empty when not stated.
--     * Slot: dose_value Description: The amount of a single printed dose, read from `dose` by the build (`mscexo.dose`); empty when the dose is a range or cannot be read. Never filled by hand.
--     * Slot: dose_min Description: Lower end of a printed dose range, read from `dose` by the build.
--     * Slot: dose_max Description: Upper end of a printed dose range, read from `dose` by the build.
--     * Slot: dose_unit Description: Unit of the amount, read from `dose` by the build: one of cells, particles, ng, ug, mg, g, uL, mL, L, cells/mL, particles/mL, ng/mL, ug/mL, mg/mL, mL/cm3 (ASCII `u` for micro; a concentration or a volume per lesion size is a unit of its own, so that values of one unit compare like with like).
--     * Slot: dose_basis Description: What the amount counts, read from `dose` by the build.
--     * Slot: dose_per_body_weight Description: True when the amount is per kilogram of body weight, read from `dose` by the build.
--     * Slot: dose_frequency Description: How often the dose was given, in short words, read from `dose` by the build.
--     * Slot: phase Description: Trial phase as ClinicalTrials.gov defines it, only where the document states it.
--     * Slot: design Description: Trial design or purpose as the document describes it, in our own words.
--     * Slot: enrollment Description: Number of participants, where stated.
--     * Slot: sponsor Description: Sponsor or developer of the trial, where stated.
--     * Slot: status Description: Recruitment or completion status as the document reports it.
--     * Slot: results Description: Results as the document reports them, in our own words; empty when none are reported.
--     * Slot: document_id Description: The source document that states the fact.
--     * Slot: locator Description: Where in the document the fact stands: a table and row ("Table 3, row 2"), a section ("Introduction, paragraph 2") or a figure legend.
--     * Slot: evidence Description: A short verbatim snippet of the document (one line, at most 160 characters) that supports the row. It is checked against the document text when the documents are available.
--     * Slot: confidence Description: The curator's confidence that the row reproduces the document correctly, from 0 to 1. Empty means the curator had no doubt; a value below 1 comes with a curation note saying why (for example an uncertain row alignment in a flattened table).
--     * Slot: curation_note Description: A note by the curator about how the row was read, in our own words.
--     * Slot: plastic_adherence Description: Whether the source reports that the cells adhere to plastic in standard culture.
--     * Slot: trilineage_differentiation Description: Whether osteogenic, adipogenic and chondrogenic differentiation in vitro is reported.
--     * Slot: ev_isolation_method Description: How the vesicles were isolated.
--     * Slot: particle_size_method Description: How particle size was measured.
--     * Slot: particle_size_min_nm Description: Smallest reported particle diameter, in nanometres.
--     * Slot: particle_size_max_nm Description: Largest reported particle diameter, in nanometres.
--     * Slot: particle_concentration_method Description: How particle concentration was measured.
--     * Slot: ev_imaging_method Description: How single vesicles were imaged.
--     * Slot: donor_age_min_years Description: Age of the youngest cell donor in years (the age itself for one donor), as the source states it.
--     * Slot: donor_age_max_years Description: Age of the oldest cell donor in years; empty for one donor.
--     * Slot: donor_sex Description: Sex of the cell donor or donors, as the source states it.
--     * Slot: donor_count Description: Number of donors whose cells were used (pooled or separately).
--     * Slot: culture_medium Description: Basal culture medium as the source names it (for example "alpha-MEM").
--     * Slot: medium_supplement Description: The supplement of the culture medium during vesicle collection: serum, human platelet lysate, or none (serum-free).
--     * Slot: ev_depleted_supplement Description: True when the serum or platelet lysate was depleted of its own vesicles (for example by overnight ultracentrifugation) before the conditioned medium was collected.
--     * Slot: passage_number Description: Passage of the producer cells at vesicle collection (the highest passage when a range is given).
--     * Slot: priming_as_reported Description: The priming exactly as the source describes it (agent, concentration, duration).
--     * Slot: oxygen_percent Description: Oxygen concentration of the culture during collection, in percent (for example 1 for hypoxia).
--     * Slot: viability_at_harvest_percent Description: Viability of the producer cells when the conditioned medium was harvested, in percent.
--     * Slot: starting_material_amount Description: How much starting material was processed, as the source states it (for example "200 mL conditioned medium from 2 × 10^7 cells over 48 h").
--     * Slot: particle_concentration_per_ml Description: Particle concentration of the preparation, in particles per millilitre.
--     * Slot: protein_method Description: How the protein content was measured.
--     * Slot: protein_concentration_ug_per_ml Description: Protein concentration of the preparation, in micrograms per millilitre.
--     * Slot: lipid_method Description: How the lipid content was measured.
--     * Slot: lipid_concentration_nmol_per_ml Description: Lipid content of the preparation, in nanomoles per millilitre (where the source gives a molar amount).
--     * Slot: particles_per_ug_protein Description: Ratio of particles to micrograms of protein, an indicator of purity, as the source gives it or as computed from its figures.
--     * Slot: storage_temperature_c Description: Storage temperature of the preparation, in degrees Celsius (for example -80).
--     * Slot: storage_buffer Description: Buffer or solution in which the preparation was stored, as named (for example "PBS").
--     * Slot: storage_duration_days Description: Longest storage time before use, in days.
--     * Slot: freeze_thaw_cycles Description: Number of freeze-thaw cycles before use.
--     * Slot: potency_assay_kind Description: What the potency assay measures, in broad classes (the classes are this schema's, not a standard's; describe the assay itself in `potency_assay`).
--     * Slot: potency_assay Description: The potency assay as the source describes it (read-out, target cells, what counts as potent).
--     * Slot: isct_positive_min_percent Description: The lowest percentage of producer cells positive for an ISCT positive marker (CD73, CD90, CD105) that the source reports; ISCT asks for at least 95.
--     * Slot: isct_negative_max_percent Description: The highest percentage of producer cells positive for an ISCT negative marker that the source reports; ISCT asks for at most 2.
--     * Slot: ev_track_id Description: Identifier of the experiment in the EV-TRACK knowledgebase, as the source prints it (its format is not checked: no specification of it could be confirmed here).
--     * Slot: Dataset_id Description: Autocreated FK slot
-- # Class: GeneticModification Description: An engineered MSC as a source document reports it: the factor that was overexpressed (or knocked down), the cell source, the gene-transfer method and the disease model in which the engineered cells or their vesicles were tested.
--     * Slot: id Description: Identifier of the record, `GM-`, the document code and a running number.
--     * Slot: modified_factor Description: The gene or factor that was overexpressed or knocked down (as named in the document).
--     * Slot: modification_method Description: Gene-transfer method, normalised.
--     * Slot: method_as_reported Description: Gene-transfer method exactly as the document writes it.
--     * Slot: msc_source_id Description: Canonical source of the cells that produced the product (see the msc_sources table).
--     * Slot: cell_type_as_reported Description: The producer cell type exactly as the document names it (for example "BMSCs").
--     * Slot: condition_id Description: The condition (disease, injury or non-disease context) the statement is about; empty when the document names none.
--     * Slot: condition_as_reported Description: The condition exactly as the document words it.
--     * Slot: model Description: Experimental model as the document describes it (for example "Liver fibrosis model").
--     * Slot: organism Description: Species.
--     * Slot: outcome Description: The reported effect or result, in our own words.
--     * Slot: document_id Description: The source document that states the fact.
--     * Slot: locator Description: Where in the document the fact stands: a table and row ("Table 3, row 2"), a section ("Introduction, paragraph 2") or a figure legend.
--     * Slot: evidence Description: A short verbatim snippet of the document (one line, at most 160 characters) that supports the row. It is checked against the document text when the documents are available.
--     * Slot: confidence Description: The curator's confidence that the row reproduces the document correctly, from 0 to 1. Empty means the curator had no doubt; a value below 1 comes with a curation note saying why (for example an uncertain row alignment in a flattened table).
--     * Slot: curation_note Description: A note by the curator about how the row was read, in our own words.
--     * Slot: Dataset_id Description: Autocreated FK slot
-- # Class: ApprovedProduct Description: A statement of a source document that a stem cell product is approved for clinical use somewhere, with the jurisdiction and indication as stated. All statements about one product share its `product_id`.
--     * Slot: id Description: Identifier of the record, `AP-`, the document code and a running number.
--     * Slot: product_id Description: The named product the statement is about (see the products table).
--     * Slot: name Description: Name of the approved product as the document prints it.
--     * Slot: jurisdiction Description: Country or region where the product is approved, as the document states it.
--     * Slot: regulator Description: Regulatory agency, where stated (for example FDA).
--     * Slot: indication Description: Disease or use for which the product is approved.
--     * Slot: condition_id Description: The condition (disease, injury or non-disease context) the statement is about; empty when the document names none.
--     * Slot: product_type Description: What was given or studied (cells, exosomes, EVs, conditioned medium, secretome ...).
--     * Slot: msc_source_id Description: Canonical source of the cells that produced the product (see the msc_sources table).
--     * Slot: cell_type_as_reported Description: The producer cell type exactly as the document names it (for example "BMSCs").
--     * Slot: approval_year Description: Year of approval, where stated.
--     * Slot: document_id Description: The source document that states the fact.
--     * Slot: locator Description: Where in the document the fact stands: a table and row ("Table 3, row 2"), a section ("Introduction, paragraph 2") or a figure legend.
--     * Slot: evidence Description: A short verbatim snippet of the document (one line, at most 160 characters) that supports the row. It is checked against the document text when the documents are available.
--     * Slot: confidence Description: The curator's confidence that the row reproduces the document correctly, from 0 to 1. Empty means the curator had no doubt; a value below 1 comes with a curation note saying why (for example an uncertain row alignment in a flattened table).
--     * Slot: curation_note Description: A note by the curator about how the row was read, in our own words.
--     * Slot: Dataset_id Description: Autocreated FK slot
-- # Class: Statistic Description: An aggregate figure a source document states: a count of registered trials for a keyword and date, a market projection, the size or density range of exosomes, a publication count. Ranges keep both ends; each document's figure is its own row even where documents disagree.
--     * Slot: id Description: Identifier of the figure, `ST-`, the document code and a running number.
--     * Slot: category Description: Kind of aggregate figure.
--     * Slot: quantity Description: What is counted or measured, in our own words (for example "registered trials of exosome therapy").
--     * Slot: value Description: The figure, for a single value.
--     * Slot: value_min Description: Lower end of a stated range.
--     * Slot: value_max Description: Upper end of a stated range.
--     * Slot: qualifier Description: How the figure is qualified in the text (exact, at least, about, a range ...).
--     * Slot: unit Description: Unit of the figure (for example "trials", "nm", "g/mL", "USD billion").
--     * Slot: as_of_date Description: Date the figure refers to, where stated.
--     * Slot: query Description: Search terms behind the figure, where stated (for example 'exosome therapy').
--     * Slot: data_source Description: Database or report the figure comes from, where stated (for example ClinicalTrials.gov).
--     * Slot: document_id Description: The source document that states the fact.
--     * Slot: locator Description: Where in the document the fact stands: a table and row ("Table 3, row 2"), a section ("Introduction, paragraph 2") or a figure legend.
--     * Slot: evidence Description: A short verbatim snippet of the document (one line, at most 160 characters) that supports the row. It is checked against the document text when the documents are available.
--     * Slot: confidence Description: The curator's confidence that the row reproduces the document correctly, from 0 to 1. Empty means the curator had no doubt; a value below 1 comes with a curation note saying why (for example an uncertain row alignment in a flattened table).
--     * Slot: curation_note Description: A note by the curator about how the row was read, in our own words.
--     * Slot: Dataset_id Description: Autocreated FK slot
-- # Class: SourceTable Description: A table printed in a source document, with the number of data rows it has. Every row must be covered by at least one record whose locator names it ("Table 2, row 5"), or be listed in the exclusions, so that no row of a flattened table is lost silently.
--     * Slot: id Description: Identifier of the table, `TB-`, the document code and the table number.
--     * Slot: table_label Description: The table's label as printed, for example "Table 2".
--     * Slot: caption Description: The table's caption as printed.
--     * Slot: row_count Description: Number of data rows of the table (header rows not counted; a table continued on later pages counted once).
--     * Slot: document_id Description: The source document that states the fact.
--     * Slot: locator Description: Where in the document the fact stands: a table and row ("Table 3, row 2"), a section ("Introduction, paragraph 2") or a figure legend.
--     * Slot: evidence Description: A short verbatim snippet of the document (one line, at most 160 characters) that supports the row. It is checked against the document text when the documents are available.
--     * Slot: confidence Description: The curator's confidence that the row reproduces the document correctly, from 0 to 1. Empty means the curator had no doubt; a value below 1 comes with a curation note saying why (for example an uncertain row alignment in a flattened table).
--     * Slot: curation_note Description: A note by the curator about how the row was read, in our own words.
--     * Slot: Dataset_id Description: Autocreated FK slot
-- # Class: Exclusion Description: Something a source document contains that the curation deliberately leaves out (a reference cited only for background, a table row that cannot be rebuilt), with the reason. Coverage checks treat excluded items as accounted for; users see what is missing.
--     * Slot: id Description: Identifier of the exclusion, `EX-`, the document code and a running number.
--     * Slot: document_id Description: The source document that states the fact.
--     * Slot: exclusion_kind Description: What kind of item is left out.
--     * Slot: reason Description: Why the items are left out, in our own words.
--     * Slot: Dataset_id Description: Autocreated FK slot
-- # Class: Retirement Description: An identifier that an earlier release had and this one no longer has, with the reason and any replacement. Identifiers are never dropped silently: the build fails when an identifier of the previous release is missing and no retirement record names it.
--     * Slot: id Description: The identifier that was retired, exactly as it was released.
--     * Slot: retired_table Description: The table that held the retired identifier.
--     * Slot: retired_in Description: The first release without the identifier (MAJOR.MINOR.PATCH).
--     * Slot: reason Description: Why the identifier was retired (merged, split, withdrawn), in our own words.
--     * Slot: replaced_by Description: The identifier that replaces the retired one, if any (in the same table, or in the table the statement moved to).
--     * Slot: Dataset_id Description: Autocreated FK slot
-- # Class: Release_contributors
--     * Slot: Release_id Description: Autocreated FK slot
--     * Slot: contributors Description: People or groups who made the release, as "Name (role)": its authors until curators are named in the curation files, whose curators then take their place.
-- # Class: IsctIdentity_isct_positive_markers
--     * Slot: IsctIdentity_id Description: Autocreated FK slot
--     * Slot: isct_positive_markers Description: ISCT positive surface markers (CD73, CD90, CD105) that the source reports as expressed.
-- # Class: IsctIdentity_isct_negative_markers
--     * Slot: IsctIdentity_id Description: Autocreated FK slot
--     * Slot: isct_negative_markers Description: ISCT negative markers (CD45, CD34, CD14 or CD11b, CD79a or CD19, HLA-DR) that the source reports as absent.
-- # Class: MisevCharacterisation_ev_positive_markers
--     * Slot: MisevCharacterisation_id Description: Autocreated FK slot
--     * Slot: ev_positive_markers Description: Proteins shown present in the vesicles (for example CD63, CD81, TSG101), as named.
-- # Class: MisevCharacterisation_ev_negative_markers
--     * Slot: MisevCharacterisation_id Description: Autocreated FK slot
--     * Slot: ev_negative_markers Description: Proteins shown absent from the vesicles (for example calnexin), as named.
-- # Class: CultureConditions_priming
--     * Slot: CultureConditions_id Description: Autocreated FK slot
--     * Slot: priming Description: How the producer cells were primed or preconditioned before collection; empty when not primed or not said.
-- # Class: EvSeparation_separation_steps
--     * Slot: EvSeparation_id Description: Autocreated FK slot
--     * Slot: separation_steps Description: The separation, one list item per step in order. Each item is the step's method, then its parameters as `key=value`, separated by "; ": for example "centrifugation; g=2000; min=20", "ultracentrifugation; g=100000; min=70; rotor=SW32 Ti; k_factor=256", "density_gradient; gradient=iodixanol 5-40%". Methods: centrifugation, filtration, ultracentrifugation, density_gradient, size_exclusion_chromatography, ultrafiltration, tangential_flow_filtration, precipitation, immunoaffinity, other. Parameters: g (relative centrifugal force), min (time in minutes), rotor, k_factor, gradient (medium and range), pore_um, mwco_kda, column, temperature_c, note. The step list is a text form (one cell of the table) because tables stay flat.
-- # Class: EvMarkerProfile_ev_transmembrane_markers
--     * Slot: EvMarkerProfile_id Description: Autocreated FK slot
--     * Slot: ev_transmembrane_markers Description: Transmembrane or GPI-anchored proteins shown in the vesicles (for example CD63, CD81, CD9), as named.
-- # Class: EvMarkerProfile_ev_cytosolic_markers
--     * Slot: EvMarkerProfile_id Description: Autocreated FK slot
--     * Slot: ev_cytosolic_markers Description: Cytosolic proteins shown in the vesicles (for example TSG101, ALIX, syntenin), as named.
-- # Class: EvMarkerProfile_ev_contaminant_markers
--     * Slot: EvMarkerProfile_id Description: Autocreated FK slot
--     * Slot: ev_contaminant_markers Description: Markers of non-EV material checked for (for example calnexin, GM130, apolipoprotein A1, albumin), as named; whether each was found absent is in `ev_negative_markers`.
-- # Class: EvMarkerProfile_antibody_details
--     * Slot: EvMarkerProfile_id Description: Autocreated FK slot
--     * Slot: antibody_details Description: The antibodies used for the markers, one per item: target, clone, supplier and catalogue number as the source gives them (for example "CD63; clone H5C6; BD Biosciences 556019").
-- # Class: Document_authors
--     * Slot: Document_id Description: Autocreated FK slot
--     * Slot: authors Description: Authors of the document, in the order of the byline, as "Surname Initials".
-- # Class: MscSource_abbreviations
--     * Slot: MscSource_id Description: Autocreated FK slot
--     * Slot: abbreviations Description: Every abbreviation the literature uses for this source (for example BM-MSC, BMSC, BMMSC), so that each can be mapped to this canonical row.
-- # Class: Cargo_synonyms
--     * Slot: Cargo_id Description: Autocreated FK slot
--     * Slot: synonyms Description: Other names the literature uses for the same thing.
-- # Class: Condition_synonyms
--     * Slot: Condition_id Description: Autocreated FK slot
--     * Slot: synonyms Description: Every form in which the documents print the condition, and its abbreviations.
-- # Class: Condition_xrefs
--     * Slot: Condition_id Description: Autocreated FK slot
--     * Slot: xrefs Description: Identifiers of the same disease in other vocabularies (DOID, NCIT): MONDO's own exact-match mappings of `mondo_id` when that is an exact match (none for a broader term), never added by hand.
-- # Class: Product_synonyms
--     * Slot: Product_id Description: Autocreated FK slot
--     * Slot: synonyms Description: Other names the documents print for the same product.
-- # Class: CargoFinding_cited_work_ids
--     * Slot: CargoFinding_id Description: Autocreated FK slot
--     * Slot: cited_work_ids_id Description: The works the document cites for the statement, all of them when one sentence cites several ("[91-95]"); empty when it cites none. Count distinct cited works to count distinct studies.
-- # Class: PreclinicalStudy_cited_work_ids
--     * Slot: PreclinicalStudy_id Description: Autocreated FK slot
--     * Slot: cited_work_ids_id Description: The works the document cites for the statement, all of them when one sentence cites several ("[91-95]"); empty when it cites none. Count distinct cited works to count distinct studies.
-- # Class: PreclinicalStudy_dose_flags
--     * Slot: PreclinicalStudy_id Description: Autocreated FK slot
--     * Slot: dose_flags Description: Warnings about the printed dose found by the build (for example an amount far above what is usually given by the route). The dose itself is never changed.
-- # Class: PreclinicalStudy_isct_positive_markers
--     * Slot: PreclinicalStudy_id Description: Autocreated FK slot
--     * Slot: isct_positive_markers Description: ISCT positive surface markers (CD73, CD90, CD105) that the source reports as expressed.
-- # Class: PreclinicalStudy_isct_negative_markers
--     * Slot: PreclinicalStudy_id Description: Autocreated FK slot
--     * Slot: isct_negative_markers Description: ISCT negative markers (CD45, CD34, CD14 or CD11b, CD79a or CD19, HLA-DR) that the source reports as absent.
-- # Class: PreclinicalStudy_ev_positive_markers
--     * Slot: PreclinicalStudy_id Description: Autocreated FK slot
--     * Slot: ev_positive_markers Description: Proteins shown present in the vesicles (for example CD63, CD81, TSG101), as named.
-- # Class: PreclinicalStudy_ev_negative_markers
--     * Slot: PreclinicalStudy_id Description: Autocreated FK slot
--     * Slot: ev_negative_markers Description: Proteins shown absent from the vesicles (for example calnexin), as named.
-- # Class: PreclinicalStudy_priming
--     * Slot: PreclinicalStudy_id Description: Autocreated FK slot
--     * Slot: priming Description: How the producer cells were primed or preconditioned before collection; empty when not primed or not said.
-- # Class: PreclinicalStudy_separation_steps
--     * Slot: PreclinicalStudy_id Description: Autocreated FK slot
--     * Slot: separation_steps Description: The separation, one list item per step in order. Each item is the step's method, then its parameters as `key=value`, separated by "; ": for example "centrifugation; g=2000; min=20", "ultracentrifugation; g=100000; min=70; rotor=SW32 Ti; k_factor=256", "density_gradient; gradient=iodixanol 5-40%". Methods: centrifugation, filtration, ultracentrifugation, density_gradient, size_exclusion_chromatography, ultrafiltration, tangential_flow_filtration, precipitation, immunoaffinity, other. Parameters: g (relative centrifugal force), min (time in minutes), rotor, k_factor, gradient (medium and range), pore_um, mwco_kda, column, temperature_c, note. The step list is a text form (one cell of the table) because tables stay flat.
-- # Class: PreclinicalStudy_ev_transmembrane_markers
--     * Slot: PreclinicalStudy_id Description: Autocreated FK slot
--     * Slot: ev_transmembrane_markers Description: Transmembrane or GPI-anchored proteins shown in the vesicles (for example CD63, CD81, CD9), as named.
-- # Class: PreclinicalStudy_ev_cytosolic_markers
--     * Slot: PreclinicalStudy_id Description: Autocreated FK slot
--     * Slot: ev_cytosolic_markers Description: Cytosolic proteins shown in the vesicles (for example TSG101, ALIX, syntenin), as named.
-- # Class: PreclinicalStudy_ev_contaminant_markers
--     * Slot: PreclinicalStudy_id Description: Autocreated FK slot
--     * Slot: ev_contaminant_markers Description: Markers of non-EV material checked for (for example calnexin, GM130, apolipoprotein A1, albumin), as named; whether each was found absent is in `ev_negative_markers`.
-- # Class: PreclinicalStudy_antibody_details
--     * Slot: PreclinicalStudy_id Description: Autocreated FK slot
--     * Slot: antibody_details Description: The antibodies used for the markers, one per item: target, clone, supplier and catalogue number as the source gives them (for example "CD63; clone H5C6; BD Biosciences 556019").
-- # Class: ClinicalTrial_cited_work_ids
--     * Slot: ClinicalTrial_id Description: Autocreated FK slot
--     * Slot: cited_work_ids_id Description: The works the document cites for the statement, all of them when one sentence cites several ("[91-95]"); empty when it cites none. Count distinct cited works to count distinct studies.
-- # Class: ClinicalTrial_dose_flags
--     * Slot: ClinicalTrial_id Description: Autocreated FK slot
--     * Slot: dose_flags Description: Warnings about the printed dose found by the build (for example an amount far above what is usually given by the route). The dose itself is never changed.
-- # Class: ClinicalTrial_isct_positive_markers
--     * Slot: ClinicalTrial_id Description: Autocreated FK slot
--     * Slot: isct_positive_markers Description: ISCT positive surface markers (CD73, CD90, CD105) that the source reports as expressed.
-- # Class: ClinicalTrial_isct_negative_markers
--     * Slot: ClinicalTrial_id Description: Autocreated FK slot
--     * Slot: isct_negative_markers Description: ISCT negative markers (CD45, CD34, CD14 or CD11b, CD79a or CD19, HLA-DR) that the source reports as absent.
-- # Class: ClinicalTrial_ev_positive_markers
--     * Slot: ClinicalTrial_id Description: Autocreated FK slot
--     * Slot: ev_positive_markers Description: Proteins shown present in the vesicles (for example CD63, CD81, TSG101), as named.
-- # Class: ClinicalTrial_ev_negative_markers
--     * Slot: ClinicalTrial_id Description: Autocreated FK slot
--     * Slot: ev_negative_markers Description: Proteins shown absent from the vesicles (for example calnexin), as named.
-- # Class: ClinicalTrial_priming
--     * Slot: ClinicalTrial_id Description: Autocreated FK slot
--     * Slot: priming Description: How the producer cells were primed or preconditioned before collection; empty when not primed or not said.
-- # Class: ClinicalTrial_separation_steps
--     * Slot: ClinicalTrial_id Description: Autocreated FK slot
--     * Slot: separation_steps Description: The separation, one list item per step in order. Each item is the step's method, then its parameters as `key=value`, separated by "; ": for example "centrifugation; g=2000; min=20", "ultracentrifugation; g=100000; min=70; rotor=SW32 Ti; k_factor=256", "density_gradient; gradient=iodixanol 5-40%". Methods: centrifugation, filtration, ultracentrifugation, density_gradient, size_exclusion_chromatography, ultrafiltration, tangential_flow_filtration, precipitation, immunoaffinity, other. Parameters: g (relative centrifugal force), min (time in minutes), rotor, k_factor, gradient (medium and range), pore_um, mwco_kda, column, temperature_c, note. The step list is a text form (one cell of the table) because tables stay flat.
-- # Class: ClinicalTrial_ev_transmembrane_markers
--     * Slot: ClinicalTrial_id Description: Autocreated FK slot
--     * Slot: ev_transmembrane_markers Description: Transmembrane or GPI-anchored proteins shown in the vesicles (for example CD63, CD81, CD9), as named.
-- # Class: ClinicalTrial_ev_cytosolic_markers
--     * Slot: ClinicalTrial_id Description: Autocreated FK slot
--     * Slot: ev_cytosolic_markers Description: Cytosolic proteins shown in the vesicles (for example TSG101, ALIX, syntenin), as named.
-- # Class: ClinicalTrial_ev_contaminant_markers
--     * Slot: ClinicalTrial_id Description: Autocreated FK slot
--     * Slot: ev_contaminant_markers Description: Markers of non-EV material checked for (for example calnexin, GM130, apolipoprotein A1, albumin), as named; whether each was found absent is in `ev_negative_markers`.
-- # Class: ClinicalTrial_antibody_details
--     * Slot: ClinicalTrial_id Description: Autocreated FK slot
--     * Slot: antibody_details Description: The antibodies used for the markers, one per item: target, clone, supplier and catalogue number as the source gives them (for example "CD63; clone H5C6; BD Biosciences 556019").
-- # Class: GeneticModification_cited_work_ids
--     * Slot: GeneticModification_id Description: Autocreated FK slot
--     * Slot: cited_work_ids_id Description: The works the document cites for the statement, all of them when one sentence cites several ("[91-95]"); empty when it cites none. Count distinct cited works to count distinct studies.
-- # Class: Exclusion_items
--     * Slot: Exclusion_id Description: Autocreated FK slot
--     * Slot: items Description: The items left out: reference numbers or ranges ("12", "30-41"), NCT numbers, or table rows ("Table 2, row 5").

CREATE TABLE "Dataset" (
	id INTEGER NOT NULL,
	PRIMARY KEY (id)
);
CREATE INDEX "ix_Dataset_id" ON "Dataset" (id);

CREATE TABLE "Release" (
	id INTEGER NOT NULL,
	name TEXT NOT NULL,
	title TEXT NOT NULL,
	version TEXT NOT NULL,
	release_date DATE NOT NULL,
	data_licence TEXT NOT NULL,
	description TEXT,
	homepage TEXT,
	doi TEXT,
	PRIMARY KEY (id)
);
CREATE INDEX "ix_Release_id" ON "Release" (id);

CREATE TABLE "IsctIdentity" (
	id INTEGER NOT NULL,
	plastic_adherence VARCHAR(16),
	trilineage_differentiation VARCHAR(16),
	PRIMARY KEY (id)
);
CREATE INDEX "ix_IsctIdentity_id" ON "IsctIdentity" (id);

CREATE TABLE "MisevCharacterisation" (
	id INTEGER NOT NULL,
	ev_isolation_method VARCHAR(29),
	particle_size_method VARCHAR(31),
	particle_size_min_nm FLOAT,
	particle_size_max_nm FLOAT,
	particle_concentration_method VARCHAR(31),
	ev_imaging_method VARCHAR(32),
	PRIMARY KEY (id)
);
CREATE INDEX "ix_MisevCharacterisation_id" ON "MisevCharacterisation" (id);

CREATE TABLE "DonorProfile" (
	id INTEGER NOT NULL,
	donor_age_min_years FLOAT,
	donor_age_max_years FLOAT,
	donor_sex VARCHAR(6),
	donor_count INTEGER,
	PRIMARY KEY (id)
);
CREATE INDEX "ix_DonorProfile_id" ON "DonorProfile" (id);

CREATE TABLE "CultureConditions" (
	id INTEGER NOT NULL,
	culture_medium TEXT,
	medium_supplement VARCHAR(21),
	ev_depleted_supplement BOOLEAN,
	passage_number INTEGER,
	priming_as_reported TEXT,
	oxygen_percent FLOAT,
	viability_at_harvest_percent FLOAT,
	PRIMARY KEY (id)
);
CREATE INDEX "ix_CultureConditions_id" ON "CultureConditions" (id);

CREATE TABLE "EvSeparation" (
	id INTEGER NOT NULL,
	starting_material_amount TEXT,
	PRIMARY KEY (id)
);
CREATE INDEX "ix_EvSeparation_id" ON "EvSeparation" (id);

CREATE TABLE "EvQuantification" (
	id INTEGER NOT NULL,
	particle_concentration_per_ml FLOAT,
	protein_method VARCHAR(12),
	protein_concentration_ug_per_ml FLOAT,
	lipid_method VARCHAR(21),
	lipid_concentration_nmol_per_ml FLOAT,
	particles_per_ug_protein FLOAT,
	PRIMARY KEY (id)
);
CREATE INDEX "ix_EvQuantification_id" ON "EvQuantification" (id);

CREATE TABLE "EvMarkerProfile" (
	id INTEGER NOT NULL,
	PRIMARY KEY (id)
);
CREATE INDEX "ix_EvMarkerProfile_id" ON "EvMarkerProfile" (id);

CREATE TABLE "EvStorage" (
	id INTEGER NOT NULL,
	storage_temperature_c FLOAT,
	storage_buffer TEXT,
	storage_duration_days FLOAT,
	freeze_thaw_cycles INTEGER,
	PRIMARY KEY (id)
);
CREATE INDEX "ix_EvStorage_id" ON "EvStorage" (id);

CREATE TABLE "EvPotency" (
	id INTEGER NOT NULL,
	potency_assay_kind VARCHAR(16),
	potency_assay TEXT,
	isct_positive_min_percent FLOAT,
	isct_negative_max_percent FLOAT,
	ev_track_id TEXT,
	PRIMARY KEY (id)
);
CREATE INDEX "ix_EvPotency_id" ON "EvPotency" (id);

CREATE TABLE "Curator" (
	id INTEGER NOT NULL,
	family_names TEXT NOT NULL,
	given_names TEXT,
	orcid TEXT,
	"Dataset_id" INTEGER,
	PRIMARY KEY (id),
	FOREIGN KEY("Dataset_id") REFERENCES "Dataset" (id)
);
CREATE INDEX "ix_Curator_id" ON "Curator" (id);

CREATE TABLE "Document" (
	id TEXT NOT NULL,
	title TEXT NOT NULL,
	journal TEXT,
	year INTEGER,
	volume TEXT,
	issue TEXT,
	pages TEXT,
	article_number TEXT,
	doi TEXT,
	pmid TEXT,
	pmcid TEXT,
	document_type VARCHAR(20) NOT NULL,
	licence VARCHAR(15),
	licence_note TEXT,
	text_file TEXT,
	text_sha256 TEXT,
	"Dataset_id" INTEGER,
	PRIMARY KEY (id),
	FOREIGN KEY("Dataset_id") REFERENCES "Dataset" (id)
);
CREATE INDEX "ix_Document_id" ON "Document" (id);

CREATE TABLE "MscSource" (
	id TEXT NOT NULL,
	label TEXT NOT NULL,
	cell_kind VARCHAR(29) NOT NULL,
	tissue VARCHAR(20),
	description TEXT,
	"Dataset_id" INTEGER,
	PRIMARY KEY (id),
	FOREIGN KEY("Dataset_id") REFERENCES "Dataset" (id)
);
CREATE INDEX "ix_MscSource_id" ON "MscSource" (id);

CREATE TABLE "Cargo" (
	id TEXT NOT NULL,
	name TEXT NOT NULL,
	molecule_type VARCHAR(13) NOT NULL,
	mirbase_id TEXT,
	hgnc_id TEXT,
	"Dataset_id" INTEGER,
	PRIMARY KEY (id),
	FOREIGN KEY("Dataset_id") REFERENCES "Dataset" (id)
);
CREATE INDEX "ix_Cargo_id" ON "Cargo" (id);

CREATE TABLE "Condition" (
	id TEXT NOT NULL,
	label TEXT NOT NULL,
	condition_kind VARCHAR(18) NOT NULL,
	disease_area VARCHAR(23),
	mondo_id TEXT,
	context_term_id TEXT,
	unmapped_reason TEXT,
	"Dataset_id" INTEGER,
	PRIMARY KEY (id),
	FOREIGN KEY("Dataset_id") REFERENCES "Dataset" (id)
);
CREATE INDEX "ix_Condition_id" ON "Condition" (id);

CREATE TABLE "Trial" (
	id TEXT NOT NULL,
	nct_id TEXT,
	label TEXT NOT NULL,
	curation_note TEXT,
	"Dataset_id" INTEGER,
	PRIMARY KEY (id),
	UNIQUE (nct_id),
	FOREIGN KEY("Dataset_id") REFERENCES "Dataset" (id)
);
CREATE INDEX "Trial_nct_id_idx" ON "Trial" (nct_id);
CREATE INDEX "ix_Trial_id" ON "Trial" (id);

CREATE TABLE "Retirement" (
	id TEXT NOT NULL,
	retired_table TEXT NOT NULL,
	retired_in TEXT NOT NULL,
	reason TEXT NOT NULL,
	replaced_by TEXT,
	"Dataset_id" INTEGER,
	PRIMARY KEY (id),
	FOREIGN KEY("Dataset_id") REFERENCES "Dataset" (id)
);
CREATE INDEX "ix_Retirement_id" ON "Retirement" (id);

CREATE TABLE "Release_contributors" (
	"Release_id" INTEGER,
	contributors TEXT NOT NULL,
	PRIMARY KEY ("Release_id", contributors),
	FOREIGN KEY("Release_id") REFERENCES "Release" (id)
);
CREATE INDEX "ix_Release_contributors_Release_id" ON "Release_contributors" ("Release_id");
CREATE INDEX "ix_Release_contributors_contributors" ON "Release_contributors" (contributors);

CREATE TABLE "IsctIdentity_isct_positive_markers" (
	"IsctIdentity_id" INTEGER,
	isct_positive_markers VARCHAR(5),
	PRIMARY KEY ("IsctIdentity_id", isct_positive_markers),
	FOREIGN KEY("IsctIdentity_id") REFERENCES "IsctIdentity" (id)
);
CREATE INDEX "ix_IsctIdentity_isct_positive_markers_IsctIdentity_id" ON "IsctIdentity_isct_positive_markers" ("IsctIdentity_id");
CREATE INDEX "ix_IsctIdentity_isct_positive_markers_isct_positive_markers" ON "IsctIdentity_isct_positive_markers" (isct_positive_markers);

CREATE TABLE "IsctIdentity_isct_negative_markers" (
	"IsctIdentity_id" INTEGER,
	isct_negative_markers VARCHAR(6),
	PRIMARY KEY ("IsctIdentity_id", isct_negative_markers),
	FOREIGN KEY("IsctIdentity_id") REFERENCES "IsctIdentity" (id)
);
CREATE INDEX "ix_IsctIdentity_isct_negative_markers_IsctIdentity_id" ON "IsctIdentity_isct_negative_markers" ("IsctIdentity_id");
CREATE INDEX "ix_IsctIdentity_isct_negative_markers_isct_negative_markers" ON "IsctIdentity_isct_negative_markers" (isct_negative_markers);

CREATE TABLE "MisevCharacterisation_ev_positive_markers" (
	"MisevCharacterisation_id" INTEGER,
	ev_positive_markers TEXT,
	PRIMARY KEY ("MisevCharacterisation_id", ev_positive_markers),
	FOREIGN KEY("MisevCharacterisation_id") REFERENCES "MisevCharacterisation" (id)
);
CREATE INDEX "ix_MisevCharacterisation_ev_positive_markers_MisevCharacterisation_id" ON "MisevCharacterisation_ev_positive_markers" ("MisevCharacterisation_id");
CREATE INDEX "ix_MisevCharacterisation_ev_positive_markers_ev_positive_markers" ON "MisevCharacterisation_ev_positive_markers" (ev_positive_markers);

CREATE TABLE "MisevCharacterisation_ev_negative_markers" (
	"MisevCharacterisation_id" INTEGER,
	ev_negative_markers TEXT,
	PRIMARY KEY ("MisevCharacterisation_id", ev_negative_markers),
	FOREIGN KEY("MisevCharacterisation_id") REFERENCES "MisevCharacterisation" (id)
);
CREATE INDEX "ix_MisevCharacterisation_ev_negative_markers_MisevCharacterisation_id" ON "MisevCharacterisation_ev_negative_markers" ("MisevCharacterisation_id");
CREATE INDEX "ix_MisevCharacterisation_ev_negative_markers_ev_negative_markers" ON "MisevCharacterisation_ev_negative_markers" (ev_negative_markers);

CREATE TABLE "CultureConditions_priming" (
	"CultureConditions_id" INTEGER,
	priming VARCHAR(25),
	PRIMARY KEY ("CultureConditions_id", priming),
	FOREIGN KEY("CultureConditions_id") REFERENCES "CultureConditions" (id)
);
CREATE INDEX "ix_CultureConditions_priming_CultureConditions_id" ON "CultureConditions_priming" ("CultureConditions_id");
CREATE INDEX "ix_CultureConditions_priming_priming" ON "CultureConditions_priming" (priming);

CREATE TABLE "EvSeparation_separation_steps" (
	"EvSeparation_id" INTEGER,
	separation_steps TEXT,
	PRIMARY KEY ("EvSeparation_id", separation_steps),
	FOREIGN KEY("EvSeparation_id") REFERENCES "EvSeparation" (id)
);
CREATE INDEX "ix_EvSeparation_separation_steps_EvSeparation_id" ON "EvSeparation_separation_steps" ("EvSeparation_id");
CREATE INDEX "ix_EvSeparation_separation_steps_separation_steps" ON "EvSeparation_separation_steps" (separation_steps);

CREATE TABLE "EvMarkerProfile_ev_transmembrane_markers" (
	"EvMarkerProfile_id" INTEGER,
	ev_transmembrane_markers TEXT,
	PRIMARY KEY ("EvMarkerProfile_id", ev_transmembrane_markers),
	FOREIGN KEY("EvMarkerProfile_id") REFERENCES "EvMarkerProfile" (id)
);
CREATE INDEX "ix_EvMarkerProfile_ev_transmembrane_markers_EvMarkerProfile_id" ON "EvMarkerProfile_ev_transmembrane_markers" ("EvMarkerProfile_id");
CREATE INDEX "ix_EvMarkerProfile_ev_transmembrane_markers_ev_transmembrane_markers" ON "EvMarkerProfile_ev_transmembrane_markers" (ev_transmembrane_markers);

CREATE TABLE "EvMarkerProfile_ev_cytosolic_markers" (
	"EvMarkerProfile_id" INTEGER,
	ev_cytosolic_markers TEXT,
	PRIMARY KEY ("EvMarkerProfile_id", ev_cytosolic_markers),
	FOREIGN KEY("EvMarkerProfile_id") REFERENCES "EvMarkerProfile" (id)
);
CREATE INDEX "ix_EvMarkerProfile_ev_cytosolic_markers_EvMarkerProfile_id" ON "EvMarkerProfile_ev_cytosolic_markers" ("EvMarkerProfile_id");
CREATE INDEX "ix_EvMarkerProfile_ev_cytosolic_markers_ev_cytosolic_markers" ON "EvMarkerProfile_ev_cytosolic_markers" (ev_cytosolic_markers);

CREATE TABLE "EvMarkerProfile_ev_contaminant_markers" (
	"EvMarkerProfile_id" INTEGER,
	ev_contaminant_markers TEXT,
	PRIMARY KEY ("EvMarkerProfile_id", ev_contaminant_markers),
	FOREIGN KEY("EvMarkerProfile_id") REFERENCES "EvMarkerProfile" (id)
);
CREATE INDEX "ix_EvMarkerProfile_ev_contaminant_markers_EvMarkerProfile_id" ON "EvMarkerProfile_ev_contaminant_markers" ("EvMarkerProfile_id");
CREATE INDEX "ix_EvMarkerProfile_ev_contaminant_markers_ev_contaminant_markers" ON "EvMarkerProfile_ev_contaminant_markers" (ev_contaminant_markers);

CREATE TABLE "EvMarkerProfile_antibody_details" (
	"EvMarkerProfile_id" INTEGER,
	antibody_details TEXT,
	PRIMARY KEY ("EvMarkerProfile_id", antibody_details),
	FOREIGN KEY("EvMarkerProfile_id") REFERENCES "EvMarkerProfile" (id)
);
CREATE INDEX "ix_EvMarkerProfile_antibody_details_EvMarkerProfile_id" ON "EvMarkerProfile_antibody_details" ("EvMarkerProfile_id");
CREATE INDEX "ix_EvMarkerProfile_antibody_details_antibody_details" ON "EvMarkerProfile_antibody_details" (antibody_details);

CREATE TABLE "Provenance" (
	id INTEGER NOT NULL,
	document_id TEXT NOT NULL,
	locator TEXT NOT NULL,
	evidence TEXT NOT NULL,
	confidence FLOAT,
	curation_note TEXT,
	PRIMARY KEY (id),
	FOREIGN KEY(document_id) REFERENCES "Document" (id)
);
CREATE INDEX "ix_Provenance_id" ON "Provenance" (id);

CREATE TABLE "CitedWork" (
	id TEXT NOT NULL,
	reference_number INTEGER,
	first_author TEXT,
	year INTEGER,
	cited_title TEXT,
	document_id TEXT NOT NULL,
	locator TEXT NOT NULL,
	evidence TEXT NOT NULL,
	confidence FLOAT,
	curation_note TEXT,
	"Dataset_id" INTEGER,
	PRIMARY KEY (id),
	UNIQUE (document_id, reference_number),
	FOREIGN KEY(document_id) REFERENCES "Document" (id),
	FOREIGN KEY("Dataset_id") REFERENCES "Dataset" (id)
);
CREATE INDEX "CitedWork_document_id_reference_number_idx" ON "CitedWork" (document_id, reference_number);
CREATE INDEX "ix_CitedWork_id" ON "CitedWork" (id);

CREATE TABLE "Product" (
	id TEXT NOT NULL,
	name TEXT NOT NULL,
	product_type VARCHAR(34),
	msc_source_id TEXT,
	developer TEXT,
	curation_note TEXT,
	"Dataset_id" INTEGER,
	PRIMARY KEY (id),
	FOREIGN KEY(msc_source_id) REFERENCES "MscSource" (id),
	FOREIGN KEY("Dataset_id") REFERENCES "Dataset" (id)
);
CREATE INDEX "ix_Product_id" ON "Product" (id);

CREATE TABLE "CargoFinding" (
	id TEXT NOT NULL,
	cargo_id TEXT NOT NULL,
	msc_source_id TEXT,
	cell_type_as_reported TEXT,
	product_type VARCHAR(34) NOT NULL,
	effect TEXT NOT NULL,
	target TEXT,
	pathway TEXT,
	condition_id TEXT,
	condition_as_reported TEXT,
	model TEXT,
	organism VARCHAR(14),
	document_id TEXT NOT NULL,
	locator TEXT NOT NULL,
	evidence TEXT NOT NULL,
	confidence FLOAT,
	curation_note TEXT,
	"Dataset_id" INTEGER,
	PRIMARY KEY (id),
	FOREIGN KEY(cargo_id) REFERENCES "Cargo" (id),
	FOREIGN KEY(msc_source_id) REFERENCES "MscSource" (id),
	FOREIGN KEY(condition_id) REFERENCES "Condition" (id),
	FOREIGN KEY(document_id) REFERENCES "Document" (id),
	FOREIGN KEY("Dataset_id") REFERENCES "Dataset" (id)
);
CREATE INDEX "ix_CargoFinding_id" ON "CargoFinding" (id);

CREATE TABLE "GeneticModification" (
	id TEXT NOT NULL,
	modified_factor TEXT NOT NULL,
	modification_method VARCHAR(22),
	method_as_reported TEXT,
	msc_source_id TEXT,
	cell_type_as_reported TEXT,
	condition_id TEXT,
	condition_as_reported TEXT,
	model TEXT,
	organism VARCHAR(14),
	outcome TEXT,
	document_id TEXT NOT NULL,
	locator TEXT NOT NULL,
	evidence TEXT NOT NULL,
	confidence FLOAT,
	curation_note TEXT,
	"Dataset_id" INTEGER,
	PRIMARY KEY (id),
	FOREIGN KEY(msc_source_id) REFERENCES "MscSource" (id),
	FOREIGN KEY(condition_id) REFERENCES "Condition" (id),
	FOREIGN KEY(document_id) REFERENCES "Document" (id),
	FOREIGN KEY("Dataset_id") REFERENCES "Dataset" (id)
);
CREATE INDEX "ix_GeneticModification_id" ON "GeneticModification" (id);

CREATE TABLE "Statistic" (
	id TEXT NOT NULL,
	category VARCHAR(17) NOT NULL,
	quantity TEXT NOT NULL,
	value FLOAT,
	value_min FLOAT,
	value_max FLOAT,
	qualifier VARCHAR(13) NOT NULL,
	unit TEXT,
	as_of_date DATE,
	"query" TEXT,
	data_source TEXT,
	document_id TEXT NOT NULL,
	locator TEXT NOT NULL,
	evidence TEXT NOT NULL,
	confidence FLOAT,
	curation_note TEXT,
	"Dataset_id" INTEGER,
	PRIMARY KEY (id),
	FOREIGN KEY(document_id) REFERENCES "Document" (id),
	FOREIGN KEY("Dataset_id") REFERENCES "Dataset" (id)
);
CREATE INDEX "ix_Statistic_id" ON "Statistic" (id);

CREATE TABLE "SourceTable" (
	id TEXT NOT NULL,
	table_label TEXT NOT NULL,
	caption TEXT NOT NULL,
	row_count INTEGER NOT NULL,
	document_id TEXT NOT NULL,
	locator TEXT NOT NULL,
	evidence TEXT NOT NULL,
	confidence FLOAT,
	curation_note TEXT,
	"Dataset_id" INTEGER,
	PRIMARY KEY (id),
	FOREIGN KEY(document_id) REFERENCES "Document" (id),
	FOREIGN KEY("Dataset_id") REFERENCES "Dataset" (id)
);
CREATE INDEX "ix_SourceTable_id" ON "SourceTable" (id);

CREATE TABLE "Exclusion" (
	id TEXT NOT NULL,
	document_id TEXT NOT NULL,
	exclusion_kind VARCHAR(16) NOT NULL,
	reason TEXT NOT NULL,
	"Dataset_id" INTEGER,
	PRIMARY KEY (id),
	FOREIGN KEY(document_id) REFERENCES "Document" (id),
	FOREIGN KEY("Dataset_id") REFERENCES "Dataset" (id)
);
CREATE INDEX "ix_Exclusion_id" ON "Exclusion" (id);

CREATE TABLE "Document_authors" (
	"Document_id" TEXT,
	authors TEXT,
	PRIMARY KEY ("Document_id", authors),
	FOREIGN KEY("Document_id") REFERENCES "Document" (id)
);
CREATE INDEX "ix_Document_authors_Document_id" ON "Document_authors" ("Document_id");
CREATE INDEX "ix_Document_authors_authors" ON "Document_authors" (authors);

CREATE TABLE "MscSource_abbreviations" (
	"MscSource_id" TEXT,
	abbreviations TEXT,
	PRIMARY KEY ("MscSource_id", abbreviations),
	FOREIGN KEY("MscSource_id") REFERENCES "MscSource" (id)
);
CREATE INDEX "ix_MscSource_abbreviations_MscSource_id" ON "MscSource_abbreviations" ("MscSource_id");
CREATE INDEX "ix_MscSource_abbreviations_abbreviations" ON "MscSource_abbreviations" (abbreviations);

CREATE TABLE "Cargo_synonyms" (
	"Cargo_id" TEXT,
	synonyms TEXT,
	PRIMARY KEY ("Cargo_id", synonyms),
	FOREIGN KEY("Cargo_id") REFERENCES "Cargo" (id)
);
CREATE INDEX "ix_Cargo_synonyms_Cargo_id" ON "Cargo_synonyms" ("Cargo_id");
CREATE INDEX "ix_Cargo_synonyms_synonyms" ON "Cargo_synonyms" (synonyms);

CREATE TABLE "Condition_synonyms" (
	"Condition_id" TEXT,
	synonyms TEXT,
	PRIMARY KEY ("Condition_id", synonyms),
	FOREIGN KEY("Condition_id") REFERENCES "Condition" (id)
);
CREATE INDEX "ix_Condition_synonyms_Condition_id" ON "Condition_synonyms" ("Condition_id");
CREATE INDEX "ix_Condition_synonyms_synonyms" ON "Condition_synonyms" (synonyms);

CREATE TABLE "Condition_xrefs" (
	"Condition_id" TEXT,
	xrefs TEXT,
	PRIMARY KEY ("Condition_id", xrefs),
	FOREIGN KEY("Condition_id") REFERENCES "Condition" (id)
);
CREATE INDEX "ix_Condition_xrefs_Condition_id" ON "Condition_xrefs" ("Condition_id");
CREATE INDEX "ix_Condition_xrefs_xrefs" ON "Condition_xrefs" (xrefs);

CREATE TABLE "PreclinicalStudy" (
	id TEXT NOT NULL,
	condition_id TEXT,
	condition_as_reported TEXT,
	model TEXT,
	organism VARCHAR(14),
	study_setting VARCHAR(20),
	msc_source_id TEXT,
	cell_type_as_reported TEXT,
	donor_organism VARCHAR(14),
	product_type VARCHAR(34) NOT NULL,
	genetic_modification_id TEXT,
	route VARCHAR(16),
	route_as_reported TEXT,
	dose TEXT,
	dose_value FLOAT,
	dose_min FLOAT,
	dose_max FLOAT,
	dose_unit TEXT,
	dose_basis VARCHAR(25),
	dose_per_body_weight BOOLEAN,
	dose_frequency TEXT,
	outcome TEXT,
	document_id TEXT NOT NULL,
	locator TEXT NOT NULL,
	evidence TEXT NOT NULL,
	confidence FLOAT,
	curation_note TEXT,
	plastic_adherence VARCHAR(16),
	trilineage_differentiation VARCHAR(16),
	ev_isolation_method VARCHAR(29),
	particle_size_method VARCHAR(31),
	particle_size_min_nm FLOAT,
	particle_size_max_nm FLOAT,
	particle_concentration_method VARCHAR(31),
	ev_imaging_method VARCHAR(32),
	donor_age_min_years FLOAT,
	donor_age_max_years FLOAT,
	donor_sex VARCHAR(6),
	donor_count INTEGER,
	culture_medium TEXT,
	medium_supplement VARCHAR(21),
	ev_depleted_supplement BOOLEAN,
	passage_number INTEGER,
	priming_as_reported TEXT,
	oxygen_percent FLOAT,
	viability_at_harvest_percent FLOAT,
	starting_material_amount TEXT,
	particle_concentration_per_ml FLOAT,
	protein_method VARCHAR(12),
	protein_concentration_ug_per_ml FLOAT,
	lipid_method VARCHAR(21),
	lipid_concentration_nmol_per_ml FLOAT,
	particles_per_ug_protein FLOAT,
	storage_temperature_c FLOAT,
	storage_buffer TEXT,
	storage_duration_days FLOAT,
	freeze_thaw_cycles INTEGER,
	potency_assay_kind VARCHAR(16),
	potency_assay TEXT,
	isct_positive_min_percent FLOAT,
	isct_negative_max_percent FLOAT,
	ev_track_id TEXT,
	"Dataset_id" INTEGER,
	PRIMARY KEY (id),
	FOREIGN KEY(condition_id) REFERENCES "Condition" (id),
	FOREIGN KEY(msc_source_id) REFERENCES "MscSource" (id),
	FOREIGN KEY(genetic_modification_id) REFERENCES "GeneticModification" (id),
	FOREIGN KEY(document_id) REFERENCES "Document" (id),
	FOREIGN KEY("Dataset_id") REFERENCES "Dataset" (id)
);
CREATE INDEX "ix_PreclinicalStudy_id" ON "PreclinicalStudy" (id);

CREATE TABLE "ClinicalTrial" (
	id TEXT NOT NULL,
	clinical_study_type VARCHAR(14) NOT NULL,
	trial_id TEXT,
	nct_id TEXT,
	condition_id TEXT,
	condition_as_reported TEXT,
	product_type VARCHAR(34) NOT NULL,
	product_id TEXT,
	product_name TEXT,
	msc_source_id TEXT,
	cell_type_as_reported TEXT,
	donor_type VARCHAR(10),
	route VARCHAR(16),
	route_as_reported TEXT,
	dose TEXT,
	dose_value FLOAT,
	dose_min FLOAT,
	dose_max FLOAT,
	dose_unit TEXT,
	dose_basis VARCHAR(25),
	dose_per_body_weight BOOLEAN,
	dose_frequency TEXT,
	phase VARCHAR(14),
	design TEXT,
	enrollment INTEGER,
	sponsor TEXT,
	status TEXT,
	results TEXT,
	document_id TEXT NOT NULL,
	locator TEXT NOT NULL,
	evidence TEXT NOT NULL,
	confidence FLOAT,
	curation_note TEXT,
	plastic_adherence VARCHAR(16),
	trilineage_differentiation VARCHAR(16),
	ev_isolation_method VARCHAR(29),
	particle_size_method VARCHAR(31),
	particle_size_min_nm FLOAT,
	particle_size_max_nm FLOAT,
	particle_concentration_method VARCHAR(31),
	ev_imaging_method VARCHAR(32),
	donor_age_min_years FLOAT,
	donor_age_max_years FLOAT,
	donor_sex VARCHAR(6),
	donor_count INTEGER,
	culture_medium TEXT,
	medium_supplement VARCHAR(21),
	ev_depleted_supplement BOOLEAN,
	passage_number INTEGER,
	priming_as_reported TEXT,
	oxygen_percent FLOAT,
	viability_at_harvest_percent FLOAT,
	starting_material_amount TEXT,
	particle_concentration_per_ml FLOAT,
	protein_method VARCHAR(12),
	protein_concentration_ug_per_ml FLOAT,
	lipid_method VARCHAR(21),
	lipid_concentration_nmol_per_ml FLOAT,
	particles_per_ug_protein FLOAT,
	storage_temperature_c FLOAT,
	storage_buffer TEXT,
	storage_duration_days FLOAT,
	freeze_thaw_cycles INTEGER,
	potency_assay_kind VARCHAR(16),
	potency_assay TEXT,
	isct_positive_min_percent FLOAT,
	isct_negative_max_percent FLOAT,
	ev_track_id TEXT,
	"Dataset_id" INTEGER,
	PRIMARY KEY (id),
	UNIQUE (document_id, nct_id),
	FOREIGN KEY(trial_id) REFERENCES "Trial" (id),
	FOREIGN KEY(condition_id) REFERENCES "Condition" (id),
	FOREIGN KEY(product_id) REFERENCES "Product" (id),
	FOREIGN KEY(msc_source_id) REFERENCES "MscSource" (id),
	FOREIGN KEY(document_id) REFERENCES "Document" (id),
	FOREIGN KEY("Dataset_id") REFERENCES "Dataset" (id)
);
CREATE INDEX "ClinicalTrial_document_id_nct_id_idx" ON "ClinicalTrial" (document_id, nct_id);
CREATE INDEX "ix_ClinicalTrial_id" ON "ClinicalTrial" (id);

CREATE TABLE "ApprovedProduct" (
	id TEXT NOT NULL,
	product_id TEXT,
	name TEXT NOT NULL,
	jurisdiction TEXT,
	regulator TEXT,
	indication TEXT,
	condition_id TEXT,
	product_type VARCHAR(34) NOT NULL,
	msc_source_id TEXT,
	cell_type_as_reported TEXT,
	approval_year INTEGER,
	document_id TEXT NOT NULL,
	locator TEXT NOT NULL,
	evidence TEXT NOT NULL,
	confidence FLOAT,
	curation_note TEXT,
	"Dataset_id" INTEGER,
	PRIMARY KEY (id),
	FOREIGN KEY(product_id) REFERENCES "Product" (id),
	FOREIGN KEY(condition_id) REFERENCES "Condition" (id),
	FOREIGN KEY(msc_source_id) REFERENCES "MscSource" (id),
	FOREIGN KEY(document_id) REFERENCES "Document" (id),
	FOREIGN KEY("Dataset_id") REFERENCES "Dataset" (id)
);
CREATE INDEX "ix_ApprovedProduct_id" ON "ApprovedProduct" (id);

CREATE TABLE "Product_synonyms" (
	"Product_id" TEXT,
	synonyms TEXT,
	PRIMARY KEY ("Product_id", synonyms),
	FOREIGN KEY("Product_id") REFERENCES "Product" (id)
);
CREATE INDEX "ix_Product_synonyms_Product_id" ON "Product_synonyms" ("Product_id");
CREATE INDEX "ix_Product_synonyms_synonyms" ON "Product_synonyms" (synonyms);

CREATE TABLE "CargoFinding_cited_work_ids" (
	"CargoFinding_id" TEXT,
	cited_work_ids_id TEXT,
	PRIMARY KEY ("CargoFinding_id", cited_work_ids_id),
	FOREIGN KEY("CargoFinding_id") REFERENCES "CargoFinding" (id),
	FOREIGN KEY(cited_work_ids_id) REFERENCES "CitedWork" (id)
);
CREATE INDEX "ix_CargoFinding_cited_work_ids_CargoFinding_id" ON "CargoFinding_cited_work_ids" ("CargoFinding_id");
CREATE INDEX "ix_CargoFinding_cited_work_ids_cited_work_ids_id" ON "CargoFinding_cited_work_ids" (cited_work_ids_id);

CREATE TABLE "GeneticModification_cited_work_ids" (
	"GeneticModification_id" TEXT,
	cited_work_ids_id TEXT,
	PRIMARY KEY ("GeneticModification_id", cited_work_ids_id),
	FOREIGN KEY("GeneticModification_id") REFERENCES "GeneticModification" (id),
	FOREIGN KEY(cited_work_ids_id) REFERENCES "CitedWork" (id)
);
CREATE INDEX "ix_GeneticModification_cited_work_ids_GeneticModification_id" ON "GeneticModification_cited_work_ids" ("GeneticModification_id");
CREATE INDEX "ix_GeneticModification_cited_work_ids_cited_work_ids_id" ON "GeneticModification_cited_work_ids" (cited_work_ids_id);

CREATE TABLE "Exclusion_items" (
	"Exclusion_id" TEXT,
	items TEXT NOT NULL,
	PRIMARY KEY ("Exclusion_id", items),
	FOREIGN KEY("Exclusion_id") REFERENCES "Exclusion" (id)
);
CREATE INDEX "ix_Exclusion_items_Exclusion_id" ON "Exclusion_items" ("Exclusion_id");
CREATE INDEX "ix_Exclusion_items_items" ON "Exclusion_items" (items);

CREATE TABLE "PreclinicalStudy_cited_work_ids" (
	"PreclinicalStudy_id" TEXT,
	cited_work_ids_id TEXT,
	PRIMARY KEY ("PreclinicalStudy_id", cited_work_ids_id),
	FOREIGN KEY("PreclinicalStudy_id") REFERENCES "PreclinicalStudy" (id),
	FOREIGN KEY(cited_work_ids_id) REFERENCES "CitedWork" (id)
);
CREATE INDEX "ix_PreclinicalStudy_cited_work_ids_PreclinicalStudy_id" ON "PreclinicalStudy_cited_work_ids" ("PreclinicalStudy_id");
CREATE INDEX "ix_PreclinicalStudy_cited_work_ids_cited_work_ids_id" ON "PreclinicalStudy_cited_work_ids" (cited_work_ids_id);

CREATE TABLE "PreclinicalStudy_dose_flags" (
	"PreclinicalStudy_id" TEXT,
	dose_flags VARCHAR(16),
	PRIMARY KEY ("PreclinicalStudy_id", dose_flags),
	FOREIGN KEY("PreclinicalStudy_id") REFERENCES "PreclinicalStudy" (id)
);
CREATE INDEX "ix_PreclinicalStudy_dose_flags_PreclinicalStudy_id" ON "PreclinicalStudy_dose_flags" ("PreclinicalStudy_id");
CREATE INDEX "ix_PreclinicalStudy_dose_flags_dose_flags" ON "PreclinicalStudy_dose_flags" (dose_flags);

CREATE TABLE "PreclinicalStudy_isct_positive_markers" (
	"PreclinicalStudy_id" TEXT,
	isct_positive_markers VARCHAR(5),
	PRIMARY KEY ("PreclinicalStudy_id", isct_positive_markers),
	FOREIGN KEY("PreclinicalStudy_id") REFERENCES "PreclinicalStudy" (id)
);
CREATE INDEX "ix_PreclinicalStudy_isct_positive_markers_PreclinicalStudy_id" ON "PreclinicalStudy_isct_positive_markers" ("PreclinicalStudy_id");
CREATE INDEX "ix_PreclinicalStudy_isct_positive_markers_isct_positive_markers" ON "PreclinicalStudy_isct_positive_markers" (isct_positive_markers);

CREATE TABLE "PreclinicalStudy_isct_negative_markers" (
	"PreclinicalStudy_id" TEXT,
	isct_negative_markers VARCHAR(6),
	PRIMARY KEY ("PreclinicalStudy_id", isct_negative_markers),
	FOREIGN KEY("PreclinicalStudy_id") REFERENCES "PreclinicalStudy" (id)
);
CREATE INDEX "ix_PreclinicalStudy_isct_negative_markers_PreclinicalStudy_id" ON "PreclinicalStudy_isct_negative_markers" ("PreclinicalStudy_id");
CREATE INDEX "ix_PreclinicalStudy_isct_negative_markers_isct_negative_markers" ON "PreclinicalStudy_isct_negative_markers" (isct_negative_markers);

CREATE TABLE "PreclinicalStudy_ev_positive_markers" (
	"PreclinicalStudy_id" TEXT,
	ev_positive_markers TEXT,
	PRIMARY KEY ("PreclinicalStudy_id", ev_positive_markers),
	FOREIGN KEY("PreclinicalStudy_id") REFERENCES "PreclinicalStudy" (id)
);
CREATE INDEX "ix_PreclinicalStudy_ev_positive_markers_PreclinicalStudy_id" ON "PreclinicalStudy_ev_positive_markers" ("PreclinicalStudy_id");
CREATE INDEX "ix_PreclinicalStudy_ev_positive_markers_ev_positive_markers" ON "PreclinicalStudy_ev_positive_markers" (ev_positive_markers);

CREATE TABLE "PreclinicalStudy_ev_negative_markers" (
	"PreclinicalStudy_id" TEXT,
	ev_negative_markers TEXT,
	PRIMARY KEY ("PreclinicalStudy_id", ev_negative_markers),
	FOREIGN KEY("PreclinicalStudy_id") REFERENCES "PreclinicalStudy" (id)
);
CREATE INDEX "ix_PreclinicalStudy_ev_negative_markers_PreclinicalStudy_id" ON "PreclinicalStudy_ev_negative_markers" ("PreclinicalStudy_id");
CREATE INDEX "ix_PreclinicalStudy_ev_negative_markers_ev_negative_markers" ON "PreclinicalStudy_ev_negative_markers" (ev_negative_markers);

CREATE TABLE "PreclinicalStudy_priming" (
	"PreclinicalStudy_id" TEXT,
	priming VARCHAR(25),
	PRIMARY KEY ("PreclinicalStudy_id", priming),
	FOREIGN KEY("PreclinicalStudy_id") REFERENCES "PreclinicalStudy" (id)
);
CREATE INDEX "ix_PreclinicalStudy_priming_PreclinicalStudy_id" ON "PreclinicalStudy_priming" ("PreclinicalStudy_id");
CREATE INDEX "ix_PreclinicalStudy_priming_priming" ON "PreclinicalStudy_priming" (priming);

CREATE TABLE "PreclinicalStudy_separation_steps" (
	"PreclinicalStudy_id" TEXT,
	separation_steps TEXT,
	PRIMARY KEY ("PreclinicalStudy_id", separation_steps),
	FOREIGN KEY("PreclinicalStudy_id") REFERENCES "PreclinicalStudy" (id)
);
CREATE INDEX "ix_PreclinicalStudy_separation_steps_PreclinicalStudy_id" ON "PreclinicalStudy_separation_steps" ("PreclinicalStudy_id");
CREATE INDEX "ix_PreclinicalStudy_separation_steps_separation_steps" ON "PreclinicalStudy_separation_steps" (separation_steps);

CREATE TABLE "PreclinicalStudy_ev_transmembrane_markers" (
	"PreclinicalStudy_id" TEXT,
	ev_transmembrane_markers TEXT,
	PRIMARY KEY ("PreclinicalStudy_id", ev_transmembrane_markers),
	FOREIGN KEY("PreclinicalStudy_id") REFERENCES "PreclinicalStudy" (id)
);
CREATE INDEX "ix_PreclinicalStudy_ev_transmembrane_markers_PreclinicalStudy_id" ON "PreclinicalStudy_ev_transmembrane_markers" ("PreclinicalStudy_id");
CREATE INDEX "ix_PreclinicalStudy_ev_transmembrane_markers_ev_transmembrane_markers" ON "PreclinicalStudy_ev_transmembrane_markers" (ev_transmembrane_markers);

CREATE TABLE "PreclinicalStudy_ev_cytosolic_markers" (
	"PreclinicalStudy_id" TEXT,
	ev_cytosolic_markers TEXT,
	PRIMARY KEY ("PreclinicalStudy_id", ev_cytosolic_markers),
	FOREIGN KEY("PreclinicalStudy_id") REFERENCES "PreclinicalStudy" (id)
);
CREATE INDEX "ix_PreclinicalStudy_ev_cytosolic_markers_PreclinicalStudy_id" ON "PreclinicalStudy_ev_cytosolic_markers" ("PreclinicalStudy_id");
CREATE INDEX "ix_PreclinicalStudy_ev_cytosolic_markers_ev_cytosolic_markers" ON "PreclinicalStudy_ev_cytosolic_markers" (ev_cytosolic_markers);

CREATE TABLE "PreclinicalStudy_ev_contaminant_markers" (
	"PreclinicalStudy_id" TEXT,
	ev_contaminant_markers TEXT,
	PRIMARY KEY ("PreclinicalStudy_id", ev_contaminant_markers),
	FOREIGN KEY("PreclinicalStudy_id") REFERENCES "PreclinicalStudy" (id)
);
CREATE INDEX "ix_PreclinicalStudy_ev_contaminant_markers_PreclinicalStudy_id" ON "PreclinicalStudy_ev_contaminant_markers" ("PreclinicalStudy_id");
CREATE INDEX "ix_PreclinicalStudy_ev_contaminant_markers_ev_contaminant_markers" ON "PreclinicalStudy_ev_contaminant_markers" (ev_contaminant_markers);

CREATE TABLE "PreclinicalStudy_antibody_details" (
	"PreclinicalStudy_id" TEXT,
	antibody_details TEXT,
	PRIMARY KEY ("PreclinicalStudy_id", antibody_details),
	FOREIGN KEY("PreclinicalStudy_id") REFERENCES "PreclinicalStudy" (id)
);
CREATE INDEX "ix_PreclinicalStudy_antibody_details_PreclinicalStudy_id" ON "PreclinicalStudy_antibody_details" ("PreclinicalStudy_id");
CREATE INDEX "ix_PreclinicalStudy_antibody_details_antibody_details" ON "PreclinicalStudy_antibody_details" (antibody_details);

CREATE TABLE "ClinicalTrial_cited_work_ids" (
	"ClinicalTrial_id" TEXT,
	cited_work_ids_id TEXT,
	PRIMARY KEY ("ClinicalTrial_id", cited_work_ids_id),
	FOREIGN KEY("ClinicalTrial_id") REFERENCES "ClinicalTrial" (id),
	FOREIGN KEY(cited_work_ids_id) REFERENCES "CitedWork" (id)
);
CREATE INDEX "ix_ClinicalTrial_cited_work_ids_ClinicalTrial_id" ON "ClinicalTrial_cited_work_ids" ("ClinicalTrial_id");
CREATE INDEX "ix_ClinicalTrial_cited_work_ids_cited_work_ids_id" ON "ClinicalTrial_cited_work_ids" (cited_work_ids_id);

CREATE TABLE "ClinicalTrial_dose_flags" (
	"ClinicalTrial_id" TEXT,
	dose_flags VARCHAR(16),
	PRIMARY KEY ("ClinicalTrial_id", dose_flags),
	FOREIGN KEY("ClinicalTrial_id") REFERENCES "ClinicalTrial" (id)
);
CREATE INDEX "ix_ClinicalTrial_dose_flags_ClinicalTrial_id" ON "ClinicalTrial_dose_flags" ("ClinicalTrial_id");
CREATE INDEX "ix_ClinicalTrial_dose_flags_dose_flags" ON "ClinicalTrial_dose_flags" (dose_flags);

CREATE TABLE "ClinicalTrial_isct_positive_markers" (
	"ClinicalTrial_id" TEXT,
	isct_positive_markers VARCHAR(5),
	PRIMARY KEY ("ClinicalTrial_id", isct_positive_markers),
	FOREIGN KEY("ClinicalTrial_id") REFERENCES "ClinicalTrial" (id)
);
CREATE INDEX "ix_ClinicalTrial_isct_positive_markers_ClinicalTrial_id" ON "ClinicalTrial_isct_positive_markers" ("ClinicalTrial_id");
CREATE INDEX "ix_ClinicalTrial_isct_positive_markers_isct_positive_markers" ON "ClinicalTrial_isct_positive_markers" (isct_positive_markers);

CREATE TABLE "ClinicalTrial_isct_negative_markers" (
	"ClinicalTrial_id" TEXT,
	isct_negative_markers VARCHAR(6),
	PRIMARY KEY ("ClinicalTrial_id", isct_negative_markers),
	FOREIGN KEY("ClinicalTrial_id") REFERENCES "ClinicalTrial" (id)
);
CREATE INDEX "ix_ClinicalTrial_isct_negative_markers_ClinicalTrial_id" ON "ClinicalTrial_isct_negative_markers" ("ClinicalTrial_id");
CREATE INDEX "ix_ClinicalTrial_isct_negative_markers_isct_negative_markers" ON "ClinicalTrial_isct_negative_markers" (isct_negative_markers);

CREATE TABLE "ClinicalTrial_ev_positive_markers" (
	"ClinicalTrial_id" TEXT,
	ev_positive_markers TEXT,
	PRIMARY KEY ("ClinicalTrial_id", ev_positive_markers),
	FOREIGN KEY("ClinicalTrial_id") REFERENCES "ClinicalTrial" (id)
);
CREATE INDEX "ix_ClinicalTrial_ev_positive_markers_ClinicalTrial_id" ON "ClinicalTrial_ev_positive_markers" ("ClinicalTrial_id");
CREATE INDEX "ix_ClinicalTrial_ev_positive_markers_ev_positive_markers" ON "ClinicalTrial_ev_positive_markers" (ev_positive_markers);

CREATE TABLE "ClinicalTrial_ev_negative_markers" (
	"ClinicalTrial_id" TEXT,
	ev_negative_markers TEXT,
	PRIMARY KEY ("ClinicalTrial_id", ev_negative_markers),
	FOREIGN KEY("ClinicalTrial_id") REFERENCES "ClinicalTrial" (id)
);
CREATE INDEX "ix_ClinicalTrial_ev_negative_markers_ClinicalTrial_id" ON "ClinicalTrial_ev_negative_markers" ("ClinicalTrial_id");
CREATE INDEX "ix_ClinicalTrial_ev_negative_markers_ev_negative_markers" ON "ClinicalTrial_ev_negative_markers" (ev_negative_markers);

CREATE TABLE "ClinicalTrial_priming" (
	"ClinicalTrial_id" TEXT,
	priming VARCHAR(25),
	PRIMARY KEY ("ClinicalTrial_id", priming),
	FOREIGN KEY("ClinicalTrial_id") REFERENCES "ClinicalTrial" (id)
);
CREATE INDEX "ix_ClinicalTrial_priming_ClinicalTrial_id" ON "ClinicalTrial_priming" ("ClinicalTrial_id");
CREATE INDEX "ix_ClinicalTrial_priming_priming" ON "ClinicalTrial_priming" (priming);

CREATE TABLE "ClinicalTrial_separation_steps" (
	"ClinicalTrial_id" TEXT,
	separation_steps TEXT,
	PRIMARY KEY ("ClinicalTrial_id", separation_steps),
	FOREIGN KEY("ClinicalTrial_id") REFERENCES "ClinicalTrial" (id)
);
CREATE INDEX "ix_ClinicalTrial_separation_steps_ClinicalTrial_id" ON "ClinicalTrial_separation_steps" ("ClinicalTrial_id");
CREATE INDEX "ix_ClinicalTrial_separation_steps_separation_steps" ON "ClinicalTrial_separation_steps" (separation_steps);

CREATE TABLE "ClinicalTrial_ev_transmembrane_markers" (
	"ClinicalTrial_id" TEXT,
	ev_transmembrane_markers TEXT,
	PRIMARY KEY ("ClinicalTrial_id", ev_transmembrane_markers),
	FOREIGN KEY("ClinicalTrial_id") REFERENCES "ClinicalTrial" (id)
);
CREATE INDEX "ix_ClinicalTrial_ev_transmembrane_markers_ClinicalTrial_id" ON "ClinicalTrial_ev_transmembrane_markers" ("ClinicalTrial_id");
CREATE INDEX "ix_ClinicalTrial_ev_transmembrane_markers_ev_transmembrane_markers" ON "ClinicalTrial_ev_transmembrane_markers" (ev_transmembrane_markers);

CREATE TABLE "ClinicalTrial_ev_cytosolic_markers" (
	"ClinicalTrial_id" TEXT,
	ev_cytosolic_markers TEXT,
	PRIMARY KEY ("ClinicalTrial_id", ev_cytosolic_markers),
	FOREIGN KEY("ClinicalTrial_id") REFERENCES "ClinicalTrial" (id)
);
CREATE INDEX "ix_ClinicalTrial_ev_cytosolic_markers_ClinicalTrial_id" ON "ClinicalTrial_ev_cytosolic_markers" ("ClinicalTrial_id");
CREATE INDEX "ix_ClinicalTrial_ev_cytosolic_markers_ev_cytosolic_markers" ON "ClinicalTrial_ev_cytosolic_markers" (ev_cytosolic_markers);

CREATE TABLE "ClinicalTrial_ev_contaminant_markers" (
	"ClinicalTrial_id" TEXT,
	ev_contaminant_markers TEXT,
	PRIMARY KEY ("ClinicalTrial_id", ev_contaminant_markers),
	FOREIGN KEY("ClinicalTrial_id") REFERENCES "ClinicalTrial" (id)
);
CREATE INDEX "ix_ClinicalTrial_ev_contaminant_markers_ClinicalTrial_id" ON "ClinicalTrial_ev_contaminant_markers" ("ClinicalTrial_id");
CREATE INDEX "ix_ClinicalTrial_ev_contaminant_markers_ev_contaminant_markers" ON "ClinicalTrial_ev_contaminant_markers" (ev_contaminant_markers);

CREATE TABLE "ClinicalTrial_antibody_details" (
	"ClinicalTrial_id" TEXT,
	antibody_details TEXT,
	PRIMARY KEY ("ClinicalTrial_id", antibody_details),
	FOREIGN KEY("ClinicalTrial_id") REFERENCES "ClinicalTrial" (id)
);
CREATE INDEX "ix_ClinicalTrial_antibody_details_ClinicalTrial_id" ON "ClinicalTrial_antibody_details" ("ClinicalTrial_id");
CREATE INDEX "ix_ClinicalTrial_antibody_details_antibody_details" ON "ClinicalTrial_antibody_details" (antibody_details);
